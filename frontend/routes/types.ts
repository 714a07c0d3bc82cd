/** The props Next passes to a page under a [slug] folder. */
export type SlugProps = { params: Promise<{ slug: string }> }

/**
 * generateStaticParams for slug pages: nothing is rendered at build time; each page is rendered on
 * its first request, then served from the full-route cache until revalidatePath refreshes it.
 */
export const noStaticParams = async (): Promise<never[]> => []
