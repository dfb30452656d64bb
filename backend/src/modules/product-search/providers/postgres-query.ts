import { associationMonth } from "@ovop/domain"
import { queryTerms, writesWithoutSpaces } from "../text"
import type { SearchRequest } from "./types"

/** How much a term found in each weight class of a document counts (title most). */
export const FIELD_WEIGHTS = { title: 10, titleWholeWord: 3, short: 4, body: 2, similarTitle: 6, similarShort: 3 }

/** The least pg_trgm `word_similarity` at which a mistyped term still counts. */
export const TYPO_SIMILARITY = 0.5

/** The shortest term looked up with typos (shorter ones would match too much). */
export const TYPO_MIN_LENGTH = 4

/**
 * The PostgreSQL provider's search as one statement (pure, unit-tested): the matches in the
 * request's locale with their score, one page of them in the requested order, their count and the
 * facet counts, in one round trip.
 *
 * Matching, per query term (the normalized words, `text.ts`): a word of the title starting with
 * the term weighs 10 (+3 when the whole word is the term), a word of the short fields (subtitle,
 * category, group, village, tags) 4, of the description 2. Japanese has no spaces, so there a term
 * counts anywhere in the text. A term of 4 characters or more that is found nowhere as written is
 * looked up with pg_trgm's `word_similarity` (typos: "абрикосвый"), counted from 0.5. Products
 * are ranked by the number of terms they match, then by score; one matching no term is not a match.
 */
export function buildSearchStatement(request: SearchRequest): { sql: string; params: unknown[] } {
  // Values are named by a token while the text is built, then numbered in the order the text
  // holds them (a fragment may appear twice, or before one built earlier).
  const values: unknown[] = []
  const p = (value: unknown) => {
    values.push(value)
    return `{{${values.length - 1}}}`
  }
  const terms = queryTerms(request.q, request.locale)
  const anywhere = writesWithoutSpaces(request.locale)
  const month = associationMonth(request.now)
  const currency = request.currency.toLowerCase()
  const inSeasonSql = `((document->>'all_year')::boolean or document->'season_months' @> to_jsonb(${p(month)}::int))`

  const termColumns = terms.map((term, index) => {
    const escaped = term.replace(/[\\%_]/g, (char) => `\\${char}`)
    const pattern = anywhere ? `%${escaped}%` : `% ${escaped}%`
    const like = (column: string, weight: number) =>
      `(case when (' ' || ${column}) like ${p(pattern)} then ${weight} else 0 end)`
    const direct = [
      like("title_text", FIELD_WEIGHTS.title),
      anywhere
        ? "0"
        : `(case when (' ' || title_text || ' ') like ${p(`% ${escaped} %`)} then ${FIELD_WEIGHTS.titleWholeWord} else 0 end)`,
      like("short_text", FIELD_WEIGHTS.short),
      like("body_text", FIELD_WEIGHTS.body),
    ].join(" + ")
    const similar =
      term.length < TYPO_MIN_LENGTH
        ? "0"
        : `(case when word_similarity(${p(term)}, title_text) >= ${TYPO_SIMILARITY} then ${FIELD_WEIGHTS.similarTitle} else 0 end + case when word_similarity(${p(term)}, short_text) >= ${TYPO_SIMILARITY} then ${FIELD_WEIGHTS.similarShort} else 0 end)`
    return `${direct} as d${index}, ${similar} as s${index}`
  })

  const filters = [`deleted_at is null`, `locale = ${p(request.locale)}`]
  if (request.category) filters.push(`document->>'category_handle' = ${p(request.category)}`)
  if (request.group) filters.push(`document->>'group_handle' = ${p(request.group)}`)
  if (request.inSeason !== undefined) filters.push(request.inSeason ? inSeasonSql : `not ${inSeasonSql}`)
  const priceSql = `(document->'prices'->>${p(currency)})::numeric`
  if (request.priceMin !== undefined) filters.push(`${priceSql} >= ${p(request.priceMin)}`)
  if (request.priceMax !== undefined) filters.push(`${priceSql} <= ${p(request.priceMax)}`)

  const termCount = terms.map((_, i) => `(case when d${i} > 0 or s${i} > 0 then 1 else 0 end)`).join(" + ") || "0"
  const score = terms.map((_, i) => `(case when d${i} > 0 then d${i} else s${i} end)`).join(" + ") || "0"
  const order = orderBy(request, terms.length > 0)

  const sql = `with scored as (
  select document, ${inSeasonSql} as in_season, (document->'prices'->>${p(currency)})::numeric as price${termColumns.map((columns) => `, ${columns}`).join("")}
  from search_document where ${filters.join(" and ")}
), matched as (
  select document, in_season, price, ${termCount} as terms, ${score} as score from scored
), hits as (
  select * from matched ${terms.length ? "where terms > 0" : ""}
), page as (
  select document, row_number() over (order by ${order}) as position from hits order by ${order} limit ${p(request.limit)} offset ${p(request.offset)}
)
select
  (select count(*) from hits)::int as count,
  (select coalesce(json_agg(document order by position), '[]'::json) from page) as hits,
  (select coalesce(json_agg(json_build_object('value', value, 'label', label, 'count', n) order by n desc, label), '[]'::json)
     from (select document->>'category_handle' as value, max(document->>'category') as label, count(*)::int as n from hits where document->>'category_handle' <> '' group by 1) c) as category,
  (select coalesce(json_agg(json_build_object('value', value, 'label', label, 'count', n) order by n desc, label), '[]'::json)
     from (select document->>'group_handle' as value, max(document->>'group') as label, count(*)::int as n from hits where document->>'group_handle' <> '' group by 1) g) as "group",
  (select count(*) from hits where in_season)::int as in_season_true,
  (select count(*) from hits where not in_season)::int as in_season_false`
  const params: unknown[] = []
  const text = sql.replace(/\{\{(\d+)\}\}/g, (_, index: string) => {
    params.push(values[Number(index)])
    return "?"
  })
  return { sql: text, params }
}

/** ORDER BY of a request (ties broken by newest, then id, so pages never overlap). */
function orderBy(request: SearchRequest, hasTerms: boolean): string {
  const tail = `(document->>'created_at_ts')::bigint desc, document->>'id'`
  switch (request.sort) {
    case "price_asc":
      return `price asc nulls last, ${tail}`
    case "price_desc":
      return `price desc nulls last, ${tail}`
    case "newest":
      return tail
    default:
      // Relevance; an empty query has none, so the seasonal favourites: in season first, newest.
      return hasTerms ? `terms desc, score desc, in_season desc, ${tail}` : `in_season desc, ${tail}`
  }
}
