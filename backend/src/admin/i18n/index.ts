import en from "./json/en.json"
import ru from "./json/ru.json"

/**
 * Texts of the admin extensions. The admin Vite plugin finds this file (src/admin/i18n/index)
 * and deep-merges it into the dashboard's resources, so every key lives in the default
 * "translation" namespace, under "producerGroups" to stay clear of the dashboard's own keys.
 */
export default {
  en: { translation: en },
  ru: { translation: ru },
}
