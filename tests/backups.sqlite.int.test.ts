import { backupSuite } from './backups'
import { createSqliteDatabase } from './helpers/databases'

backupSuite('sqlite', createSqliteDatabase)
