import { documentsSuite } from './documents'
import { createSqliteDatabase } from './helpers/databases'

documentsSuite('sqlite', createSqliteDatabase)
