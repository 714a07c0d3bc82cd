/*
 * The admin's sign-in pages get a root layout of their own, the same as the admin's: Next loads the
 * whole document when a navigation crosses root layouts. Payload's providers keep their state on a
 * client-side step from sign-in to the admin, and its content-language selector would start from the
 * signed-out config, which has no languages (it read "undefined" until a fetch returned, issue 15).
 */
export { default } from '../(payload)/layout'
