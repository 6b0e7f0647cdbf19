import { contentModelSuite } from './contentModel'
import { createSqliteDatabase } from './helpers/databases'

contentModelSuite('sqlite', createSqliteDatabase)
