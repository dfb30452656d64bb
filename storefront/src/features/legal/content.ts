/** Where `content` differs in shape from `reference`: a missing or empty text, another section order, more or fewer paragraphs. */
export function contentMismatches(reference: unknown, content: unknown, at = ""): string[] {
  if (typeof reference === "string") {
    return typeof content === "string" && content.trim() !== "" ? [] : [at || "(root)"]
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(content) || content.length !== reference.length) return [`${at} (length)`]
    return reference.flatMap((item, index) => contentMismatches(item, content[index], `${at}[${index}]`))
  }
  if (reference !== null && typeof reference === "object") {
    if (content === null || typeof content !== "object") return [at]
    const candidate = content as Record<string, unknown>
    return Object.entries(reference).flatMap(([key, value]) =>
      // A section's id names the same section in every language, so it must match English exactly.
      key === "id" && candidate[key] !== value
        ? [`${at}.id`]
        : contentMismatches(value, candidate[key], `${at}.${key}`),
    )
  }
  return []
}
