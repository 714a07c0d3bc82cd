import type { ParamError } from '@difu/programm/site'
import type { MapSearch } from '../../data/search'
import { t, type Locale } from '../../i18n/dictionary'
import { pagePath } from '../../i18n/routes'
import { resultsAnchor } from './SearchResults'

type Props = { locale: Locale; params: URLSearchParams; errors: ParamError[]; topics: MapSearch['topics'] }

/** The radius choices in km; 50 is the endpoint's default. */
const radii = [10, 25, 50, 100, 250, 500]

/** The form fields that can carry an error, by the parameter they send. */
const fieldIds: Record<string, string> = {
  q: 'search-q',
  topic: 'search-topics',
  from: 'search-from',
  to: 'search-to',
  near: 'search-near',
  radius: 'search-radius',
}

const errorId = (parameter: string) => `search-${parameter}-error`

/** The sentence for a refused parameter, in the visitor's language. */
export const errorMessage = (locale: Locale, { parameter, problem }: ParamError): string => {
  const messages = t(locale).searchErrors
  return messages[`${parameter}.${problem}`] ?? messages[parameter] ?? messages.other
}

/**
 * The search filters as a plain GET form: the filters land in the address (bookmarkable, works
 * without JavaScript), and the server answers with the list. A refused field says why next to it
 * (aria-describedby, aria-invalid), and a summary at the top links to each.
 */
export const SearchForm = ({ locale, params, errors, topics }: Props) => {
  const text = t(locale)
  const errorOf = (parameter: string) => errors.find((error) => error.parameter === parameter)
  const describedBy = (parameter: string, hint?: string) =>
    [hint, errorOf(parameter) ? errorId(parameter) : undefined].filter(Boolean).join(' ') || undefined
  const invalid = (parameter: string) => (errorOf(parameter) ? true : undefined)
  const fieldError = (parameter: string) => {
    const error = errorOf(parameter)
    return error ? (
      <p className="field-error" id={errorId(parameter)}>
        {errorMessage(locale, error)}
      </p>
    ) : null
  }
  const chosenTopics = new Set(params.getAll('topic'))
  const radius = Number(params.get('radius')) || 50
  const radiusOptions = [...new Set([...radii, ...(radii.includes(radius) || radius > 1000 || radius <= 0 ? [] : [radius])])].sort((a, b) => a - b)

  return (
    <form action={`${pagePath(locale, 'map')}#${resultsAnchor}`} aria-labelledby="search-filters" className="search-form" method="get">
      <h2 id="search-filters">{text.searchFilters}</h2>
      {errors.length ? (
        <div className="error-summary" role="alert">
          <p className="error-summary__title">{text.searchErrorsHeading}</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index}>
                {fieldIds[error.parameter] ? (
                  <a href={`#${fieldIds[error.parameter]}`}>{errorMessage(locale, error)}</a>
                ) : (
                  errorMessage(locale, error)
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="field">
        <label htmlFor="search-q">{text.searchText}</label>
        <p className="field-hint" id="search-q-hint">
          {text.searchTextHint}
        </p>
        <input
          aria-describedby={describedBy('q', 'search-q-hint')}
          aria-invalid={invalid('q')}
          defaultValue={params.get('q') ?? ''}
          id="search-q"
          name="q"
          type="search"
        />
        {fieldError('q')}
      </div>

      {topics.length ? (
        <fieldset aria-describedby={describedBy('topic')} className="field" id="search-topics">
          <legend>{text.searchTopics}</legend>
          <ul className="checkbox-list">
            {topics.map((topic) => (
              <li key={topic.id}>
                <input defaultChecked={chosenTopics.has(topic.slug)} id={`search-topic-${topic.slug}`} name="topic" type="checkbox" value={topic.slug} />
                <label htmlFor={`search-topic-${topic.slug}`}>{topic.name}</label>
              </li>
            ))}
          </ul>
          {fieldError('topic')}
        </fieldset>
      ) : null}

      <div className="field-row">
        {(['from', 'to'] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`search-${name}`}>{name === 'from' ? text.searchFrom : text.searchTo}</label>
            <input
              aria-describedby={describedBy(name)}
              aria-invalid={invalid(name)}
              defaultValue={params.get(name) ?? ''}
              id={`search-${name}`}
              name={name}
              type="date"
            />
            {fieldError(name)}
          </div>
        ))}
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor="search-near">{text.searchPlace}</label>
          <p className="field-hint" id="search-near-hint">
            {text.searchPlaceHint}
          </p>
          <input
            aria-describedby={describedBy('near', 'search-near-hint')}
            aria-invalid={invalid('near')}
            autoComplete="address-level2"
            defaultValue={params.get('near') ?? ''}
            id="search-near"
            name="near"
            type="text"
          />
          {fieldError('near')}
        </div>
        <div className="field">
          <label htmlFor="search-radius">{text.searchRadius}</label>
          <select aria-describedby={describedBy('radius')} aria-invalid={invalid('radius')} defaultValue={String(radius)} id="search-radius" name="radius">
            {radiusOptions.map((km) => (
              <option key={km} value={km}>
                {km} km
              </option>
            ))}
          </select>
          {fieldError('radius')}
        </div>
      </div>

      <p className="form-actions">
        <button className="button" type="submit">
          {text.searchSubmit}
        </button>
        <a href={pagePath(locale, 'map')}>{text.searchReset}</a>
      </p>
    </form>
  )
}
