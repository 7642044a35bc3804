/** The entry point the serialised provider shim loads by package name. */
export { userPoolProvider, UserPoolProvider } from "./userPoolProvider";
