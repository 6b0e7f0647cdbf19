import { editorialSuite } from './editorial/index'
import { createSqliteDatabase } from './helpers/databases'

editorialSuite('sqlite', createSqliteDatabase)
