// How much a teacher may upload at once, in content/'s YAML format: read by the form, the schema
// and the upload itself.
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_FILES = 10;
