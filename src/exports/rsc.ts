/** The plugin's admin server components, referenced from the config as `@difu/programm/rsc#Name`. */
export { EditorsDashboard } from '../components/Dashboard'
