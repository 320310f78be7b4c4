/**
 * The JSON shapes of the Excel cell values a card is made of, as Microsoft documents them
 * (ExcelApi 1.16), written out so that src/data needs no Office types; each is assignable to its
 * Excel type (Excel.StringCellValue, Excel.FormattedNumberCellValue, Excel.ArrayCellValue,
 * Excel.EntityCellValue):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-entity-card,
 * https://learn.microsoft.com/javascript/api/excel/excel.cellvaluepropertymetadata.
 */

/** What a property's metadata may say: its sublabel on the card, where it is left out. */
export interface PropertyMetadata {
  sublabel?: string;
  excludeFrom?: { cardView?: boolean; autoComplete?: boolean; calcCompare?: boolean };
}

interface StringProperty {
  type: "String";
  basicValue: string;
  propertyMetadata?: PropertyMetadata;
}

/** A number with its format (applied to the value, not the cell); ExcelApi 1.16. */
interface FormattedNumberProperty {
  type: "FormattedNumber";
  basicValue: number;
  numberFormat: string;
  propertyMetadata?: PropertyMetadata;
}

/** A list; elements is a grid (rows of values), as ArrayCellValue.elements is. */
interface ArrayProperty {
  type: "Array";
  elements: CardProperty[][];
  propertyMetadata?: PropertyMetadata;
}

export interface CardSection {
  layout: "List";
  title?: string;
  properties: string[];
}

export interface EntityCard {
  type: "Entity";
  /** What the cell shows. */
  text: string;
  properties: Record<string, CardProperty>;
  layouts?: { card?: { title?: { property: string }; sections?: CardSection[] } };
  provider?: { description?: string };
  propertyMetadata?: PropertyMetadata;
}

export type CardProperty = StringProperty | FormattedNumberProperty | ArrayProperty | EntityCard;
