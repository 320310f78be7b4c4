/**
 * What office-addin-mock takes from office-addin-manifest (a Node package reading manifests from
 * disk): the names of the Office apps. The browser bundle of the fake workbook uses this instead.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
