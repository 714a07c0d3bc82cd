type Node = { text?: unknown; children?: unknown }

/** A Lexical document with `change` applied to each of its text nodes; other nodes as they were. */
export const mapText = <T>(document: T, change: (text: string) => string): T => {
  const walk = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node
    const { text, children } = node as Node
    return {
      ...node,
      ...(typeof text === 'string' ? { text: change(text) } : {}),
      ...(Array.isArray(children) ? { children: children.map(walk) } : {}),
    }
  }
  return document && typeof document === 'object' && 'root' in document ? ({ ...document, root: walk(document.root) } as T) : document
}

/** The words of a Lexical document, one text node per line. */
export const plainText = (document: unknown): string => {
  const texts: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children } = node as Node
    if (typeof text === 'string') texts.push(text)
    if (Array.isArray(children)) children.forEach(walk)
  }
  if (document && typeof document === 'object' && 'root' in document) walk(document.root)
  return texts.join('\n')
}
