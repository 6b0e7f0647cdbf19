import { editorialSuite } from './editorial'
import { createSqliteDatabase } from './helpers/databases'

editorialSuite('sqlite', createSqliteDatabase)
