<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name></name>
    <message>
        <source>データベースを作成（または最新の形式に更新）し、最初の管理者を登録する</source>
        <translation>Create the database (or upgrade it to the current format) and register the first administrator</translation>
    </message>
    <message>
        <source>最初の管理者のユーザー名（パスワードは SECDESK_PASSWORD またはプロンプト）</source>
        <translation>User name of the first administrator (password from SECDESK_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>管理者の表示名</source>
        <translation>Display name of the administrator</translation>
    </message>
    <message>
        <source>ユーザーを追加する（管理者のみ）</source>
        <translation>Add a user (administrators only)</translation>
    </message>
    <message>
        <source>新しいユーザーのパスワードを標準入力の1行目から読む</source>
        <translation>Read the new user&apos;s password from the first line of standard input</translation>
    </message>
    <message>
        <source>ユーザーの一覧</source>
        <translation>List of users</translation>
    </message>
    <message>
        <source>自分のパスワードを変更する（新しいパスワードは SECDESK_NEW_PASSWORD またはプロンプト）</source>
        <translation>Change your own password (new password from SECDESK_NEW_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>データベースの整合性と監査ログの改ざんを検査する</source>
        <translation>Check the database&apos;s integrity and the audit log for tampering</translation>
    </message>
    <message>
        <source>デモ用のデータ（所属・職員・ユーザーなど）を追加する</source>
        <translation>Add demo data (departments, staff, users, etc.)</translation>
    </message>
    <message>
        <source>データベースは最新の形式です: {where}</source>
        <translation>The database is in the current format: {where}</translation>
    </message>
    <message>
        <source>最初の管理者を --admin NAME で指定してください。</source>
        <translation>Specify the first administrator with --admin NAME.</translation>
    </message>
    <message>
        <source>管理者のパスワード: </source>
        <translation>Administrator password: </translation>
    </message>
    <message>
        <source>管理者 {name} を登録しました: {where}</source>
        <translation>Registered administrator {name}: {where}</translation>
    </message>
    <message>
        <source>{name} の初期パスワード: </source>
        <translation>Initial password for {name}: </translation>
    </message>
    <message>
        <source>ユーザー {name}（{role}）を追加しました。初回ログイン時にパスワードの変更が必要です。</source>
        <translation>Added user {name} ({role}). The password must be changed at first login.</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>無効</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>現在のパスワード: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <source>新しいパスワード: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>監査ログ: {n} 件、改ざんは見つかりませんでした。</source>
        <translation>Audit log: no tampering found ({n} records checked).</translation>
    </message>
    <message>
        <source>監査ログ: 記録 {seq} で不整合があります。{reason}</source>
        <translation>Audit log: record {seq} is inconsistent. {reason}</translation>
    </message>
    <message>
        <source>検査に合格しました。</source>
        <translation>The check passed.</translation>
    </message>
    <message>
        <source>パスワードを入力できません。SECDESK_PASSWORD 環境変数で指定してください。</source>
        <translation>Cannot prompt for a password. Set it in the SECDESK_PASSWORD environment variable.</translation>
    </message>
    <message>
        <source>もう一度入力してください: </source>
        <translation>Enter it again: </translation>
    </message>
    <message>
        <source>パスワードが一致しません。</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>この操作には --user でユーザー名の指定が必要です。</source>
        <translation>This operation needs a user name: give it with --user.</translation>
    </message>
    <message>
        <source>{user} のパスワード: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>{user} は初回ログインのためパスワードの変更が必要です。`secdesk --user {user} passwd` で変更してください。</source>
        <translation>{user} is logging in for the first time and must change the password. Change it with `secdesk --user {user} passwd`.</translation>
    </message>
    <message>
        <source>ユーザーアカウントの管理</source>
        <translation>Manage user accounts</translation>
    </message>
    <message>
        <source>ファイルの取り込み</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>ファイルへの書き出し</source>
        <translation>Export to files</translation>
    </message>
    <message>
        <source>PDF 報告書の作成</source>
        <translation>Create PDF reports</translation>
    </message>
    <message>
        <source>研修・訓練の設定</source>
        <translation>Training and drill setup</translation>
    </message>
    <message>
        <source>secdesk: 情報セキュリティ担当（CSIRT）のための業務ツール。引数なしで画面を開きます。</source>
        <translation>secdesk: a workbench for the information security team (CSIRT). Without arguments it opens the window.</translation>
    </message>
    <message>
        <source>インストールの自己診断（フォント・画面定義・移行・翻訳・keyring・Qt・PDF 出力）。FILE.pdf を指定すると診断結果の PDF を残す</source>
        <translation>check the installation (fonts, screen definitions, migrations, translations, keyring, Qt, PDF output); with FILE.pdf, keep the results as a PDF</translation>
    </message>
    <message>
        <source>データベース（SQLite のファイルパスまたは PostgreSQL の URL）</source>
        <translation>Database (SQLite file path or PostgreSQL URL)</translation>
    </message>
    <message>
        <source>操作するユーザー（パスワードは SECDESK_PASSWORD またはプロンプト）</source>
        <translation>User to act as (password from SECDESK_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>表示言語（既定: 環境の言語、通常は日本語）</source>
        <translation>Display language (default: the system&apos;s language, usually Japanese)</translation>
    </message>
    <message>
        <source>--self-test の後には .pdf のファイル名だけを指定できます。</source>
        <translation>Only a .pdf file name may follow --self-test.</translation>
    </message>
    <message>
        <source>中断しました。</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>日付は YYYY-MM-DD（または 令和8年4月1日）で指定してください: {v}</source>
        <translation>Give the date as YYYY-MM-DD (or 令和8年4月1日): {v}</translation>
    </message>
    <message>
        <source>人事の職員一覧（CSV / Excel）を取り込む</source>
        <translation>Import the staff list from HR (CSV / Excel)</translation>
    </message>
    <message>
        <source>異動・退職の発効日（既定: 今日）</source>
        <translation>Effective date of transfers and departures (default: today)</translation>
    </message>
    <message>
        <source>差分を表示するだけで書き込まない</source>
        <translation>Only show the differences; write nothing</translation>
    </message>
    <message>
        <source>ファイルにない在職者を退職扱いにする（全職員のファイルのとき）</source>
        <translation>Mark active staff missing from the file as departed (when the file lists all staff)</translation>
    </message>
    <message>
        <source>Excel のシート名（既定: 先頭のシート）</source>
        <translation>Excel sheet name (default: the first sheet)</translation>
    </message>
    <message>
        <source>職員一覧を CSV / Excel に書き出す（取り込みと同じ列）</source>
        <translation>Export the staff list to CSV / Excel (same columns as the import)</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットの一覧（CSV / Excel）を取り込む</source>
        <translation>Import a list of incidents and near-misses (CSV / Excel)</translation>
    </message>
    <message>
        <source>検査するだけで書き込まない</source>
        <translation>Only check; write nothing</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットを CSV / Excel に書き出す（取り込みと同じ列）</source>
        <translation>Export incidents and near-misses to CSV / Excel (same columns as the import)</translation>
    </message>
    <message>
        <source>年度（2025 または 令和7）</source>
        <translation>Fiscal year (2025 or 令和7)</translation>
    </message>
    <message>
        <source>種別（ヒヤリハット / インシデント）</source>
        <translation>Kind (near-miss / incident)</translation>
    </message>
    <message>
        <source>CSV の文字コード（既定: BOM付き UTF-8）</source>
        <translation>CSV encoding (default: UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>インシデント報告書（PDF）を作る</source>
        <translation>Create an incident report (PDF)</translation>
    </message>
    <message>
        <source>番号（例: 2025-INC-0007）</source>
        <translation>Number (e.g. 2025-INC-0007)</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットを全文検索する（2文字の語から、全角・半角を問わず）</source>
        <translation>Full-text search of incidents and near-misses (words of 2 characters or more; full-width and half-width alike)</translation>
    </message>
    <message>
        <source>表示する件数（既定: 50）</source>
        <translation>Number of results to show (default: 50)</translation>
    </message>
    <message>
        <source>{n} 件を取り込みました（{first} 〜 {last}）。</source>
        <translation>Imported {n} records ({first} to {last}).</translation>
    </message>
    <message>
        <source>{n} 件を書き出しました: {path}</source>
        <translation>Exported {n} records: {path}</translation>
    </message>
    <message>
        <source>報告書を作成しました（{pages} ページ）: {path}</source>
        <translation>Report created ({pages} pages): {path}</translation>
    </message>
    <message>
        <source>--limit は1以上にしてください。</source>
        <translation>--limit must be 1 or more.</translation>
    </message>
    <message>
        <source>{n} 件中 {shown} 件を表示しました。</source>
        <translation>Showing {shown} of {n}.</translation>
    </message>
    <message>
        <source>在職者だけを書き出す</source>
        <translation>Export active staff only</translation>
    </message>
    <message>
        <source>{file}: {n} 行を読みました（{enc}）。</source>
        <translation>{file}: rows read: {n} ({enc}).</translation>
    </message>
    <message>
        <source>{line}行目</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>ファイルにない</source>
        <translation>not in file</translation>
    </message>
    <message>
        <source>  [新しい所属] {code} {name}</source>
        <translation>  [new department] {code} {name}</translation>
    </message>
    <message>
        <source>  [所属名の変更] {code} {old} → {new}</source>
        <translation>  [department renamed] {code} {old} → {new}</translation>
    </message>
    <message>
        <source>年度は 2026 または 令和8 のように指定してください: {v}</source>
        <translation>Give the fiscal year as 2026 or 令和8 (Reiwa 8): {v}</translation>
    </message>
    <message>
        <source>エラーの {n} 行を除いて取り込みます。</source>
        <translation>Importing all but the {n} lines with errors.</translation>
    </message>
    <message>
        <source>監査チェックリスト（CSV / Excel）を年度の新しい版として取り込む</source>
        <translation>Import an audit checklist (CSV / Excel) as a new revision for the fiscal year</translation>
    </message>
    <message>
        <source>年度（既定: 今年度）</source>
        <translation>Fiscal year (default: the current one)</translation>
    </message>
    <message>
        <source>チェックリストの名称（既定: ファイル名）</source>
        <translation>Checklist name (default: the file name)</translation>
    </message>
    <message>
        <source>確認だけして書き込まない</source>
        <translation>Only check; write nothing</translation>
    </message>
    <message>
        <source>エラーの行を除いて取り込む</source>
        <translation>Skip the rows with errors and import the rest</translation>
    </message>
    <message>
        <source>自己点検の回答（所属ごとのシート、または所属ごとのファイル）を取り込む</source>
        <translation>Import self-inspection answers (one sheet or one file per department)</translation>
    </message>
    <message>
        <source>監査番号（例: 2026-AUD-0001）</source>
        <translation>Audit number (e.g. 2026-AUD-0001)</translation>
    </message>
    <message>
        <source>所属コード（所属ごとの CSV のとき）</source>
        <translation>Department code (for a CSV per department)</translation>
    </message>
    <message>
        <source>指摘事項と是正処置を CSV / Excel に書き出す（処置ごとに1行）</source>
        <translation>Export findings and corrective actions to CSV / Excel (one row per action)</translation>
    </message>
    <message>
        <source>この監査の指摘だけ</source>
        <translation>Only the findings of this audit</translation>
    </message>
    <message>
        <source>未完了の指摘だけ</source>
        <translation>Only open findings</translation>
    </message>
    <message>
        <source>未完了の是正処置を所属ごとに書き出す（督促用、Excel は所属ごとのシート）</source>
        <translation>Export open corrective actions by department (for reminders; in Excel one sheet per department)</translation>
    </message>
    <message>
        <source>年度（既定: すべての年度）</source>
        <translation>Fiscal year (default: all fiscal years)</translation>
    </message>
    <message>
        <source>期限を過ぎた処置だけ</source>
        <translation>Only overdue actions</translation>
    </message>
    <message>
        <source>年度の是正処置フォローアップ状況報告書（--audit で監査結果報告書）を PDF で作る</source>
        <translation>Create the fiscal year&apos;s corrective action follow-up report as a PDF (with --audit, the audit report)</translation>
    </message>
    <message>
        <source>この監査の監査結果報告書を作る</source>
        <translation>Create the audit report of this audit</translation>
    </message>
    <message>
        <source>期限内で対応中のものも含め、未完了の是正処置をすべて一覧に載せる</source>
        <translation>List every open corrective action, including those in progress and not yet due</translation>
    </message>
    <message>
        <source>監査番号「{n}」の監査はありません。</source>
        <translation>There is no audit numbered “{n}”.</translation>
    </message>
    <message>
        <source>エラーがあるため、何も取り込んでいません。</source>
        <translation>Nothing was imported because of errors.</translation>
    </message>
    <message>
        <source>--dry-run のため書き込んでいません。</source>
        <translation>Nothing written (--dry-run).</translation>
    </message>
    <message>
        <source>取り込みました: {label}</source>
        <translation>Imported: {label}</translation>
    </message>
    <message>
        <source>取り込みました: 所属 {d}、変更 {n} 件。</source>
        <translation>Imported: departments {d}, changes {n}.</translation>
    </message>
    <message>
        <source>{n} 行を書き出しました: {path}</source>
        <translation>Exported {n} rows: {path}</translation>
    </message>
    <message>
        <source>{n} 件の是正処置を書き出しました: {path}</source>
        <translation>Exported {n} corrective actions: {path}</translation>
    </message>
    <message>
        <source>出力先は .pdf のファイル名にしてください。</source>
        <translation>The output must be a .pdf file name.</translation>
    </message>
    <message>
        <source>監査 {n} は {y} 年度の監査です。</source>
        <translation>Audit {n} belongs to fiscal year {y}.</translation>
    </message>
    <message>
        <source>報告書を作成しました（{n} ページ）: {path}</source>
        <translation>Report created ({n} pages): {path}</translation>
    </message>
    <message>
        <source>取り込みました。</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>{n} 名を書き出しました: {path}</source>
        <translation>Exported {n} staff: {path}</translation>
    </message>
    <message>
        <source>デモデータは職員が登録されていないデータベースにだけ追加できます。</source>
        <translation>Demo data can only be added to a database with no staff registered.</translation>
    </message>
    <message>
        <source>所属 {d} 件、職員 {s} 名を登録しました。</source>
        <translation>Registered {d} departments and {s} staff.</translation>
    </message>
    <message>
        <source>デモ用ユーザー {users} を作成しました（パスワード: {pw}）。</source>
        <translation>Created demo users {users} (password: {pw}).</translation>
    </message>
    <message>
        <source>{line}行目: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>CSIRT担当</source>
        <translation>CSIRT officer</translation>
    </message>
    <message>
        <source>研修担当</source>
        <translation>Training officer</translation>
    </message>
    <message>
        <source>監査人</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>閲覧者</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>ユーザーの編集</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>ユーザーの追加</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>団体の設定</source>
        <translation>Organization settings</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>{user} の仮パスワード（10文字以上）。次回ログイン時に本人が変更します。</source>
        <translation>Temporary password for {user} (at least 10 characters). They change it at their next login.</translation>
    </message>
    <message>
        <source>secdesk - データの保存場所</source>
        <translation>secdesk - Where data is kept</translation>
    </message>
    <message>
        <source>secdesk - データベースを開けません</source>
        <translation>secdesk - Cannot open the database</translation>
    </message>
    <message>
        <source>secdesk - ネットワーク上のデータベース</source>
        <translation>secdesk - Database on a network drive</translation>
    </message>
    <message>
        <source>1人だけで使う（単独利用モードで開く）</source>
        <translation>Only I use it (open in single-user mode)</translation>
    </message>
    <message>
        <source>開かない</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <source>secdesk - ログイン</source>
        <translation>secdesk - Log in</translation>
    </message>
    <message>
        <source>データベース: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>画面をロックしています</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>ユーザー名を入力してください。</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>secdesk - 最初の管理者の登録</source>
        <translation>secdesk - Register the first administrator</translation>
    </message>
    <message>
        <source>ヒヤリハット</source>
        <translation>Near-miss</translation>
    </message>
    <message>
        <source>受付</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>初動対応</source>
        <translation>Initial response</translation>
    </message>
    <message>
        <source>調査</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>復旧</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>再発防止</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>対策</source>
        <translation>Countermeasures</translation>
    </message>
    <message>
        <source>インシデントへ移行</source>
        <translation>Promoted to incident</translation>
    </message>
    <message>
        <source>マイナンバー利用事務系</source>
        <translation>My Number segment</translation>
    </message>
    <message>
        <source>LGWAN接続系</source>
        <translation>LGWAN segment</translation>
    </message>
    <message>
        <source>インターネット接続系</source>
        <translation>Internet segment</translation>
    </message>
    <message>
        <source>紙媒体・その他</source>
        <translation>Paper and other</translation>
    </message>
    <message>
        <source>機密性3A</source>
        <translation>Confidentiality 3A</translation>
    </message>
    <message>
        <source>機密性3B</source>
        <translation>Confidentiality 3B</translation>
    </message>
    <message>
        <source>機密性3C</source>
        <translation>Confidentiality 3C</translation>
    </message>
    <message>
        <source>機密性2</source>
        <translation>Confidentiality 2</translation>
    </message>
    <message>
        <source>機密性1</source>
        <translation>Confidentiality 1</translation>
    </message>
    <message>
        <source>総務省</source>
        <translation>MIC (Ministry of Internal Affairs and Communications)</translation>
    </message>
    <message>
        <source>警察</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>個人情報保護委員会</source>
        <translation>Personal Information Protection Commission (PPC)</translation>
    </message>
    <message>
        <source>報道</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>文書</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>FAX</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>対面</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Webフォーム</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>登録</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>状態変更</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>対応</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>内容の変更</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>報告義務</source>
        <translation>Reporting duties</translation>
    </message>
    <message>
        <source>関係機関への連絡</source>
        <translation>Notifications to outside bodies</translation>
    </message>
    <message>
        <source>添付</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>関連付け</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>発見日時を入力してください。</source>
        <translation>Enter when it was discovered.</translation>
    </message>
    <message>
        <source>未来の日時は入力できません。</source>
        <translation>The date and time cannot be in the future.</translation>
    </message>
    <message>
        <source>発見日時が発生日時より前になっています。日時を確認してください。</source>
        <translation>Discovered before it occurred: check the dates and times.</translation>
    </message>
    <message>
        <source>CSIRTへの報告日時が発見日時より前になっています。日時を確認してください。</source>
        <translation>Reported to the CSIRT before it was discovered: check the dates and times.</translation>
    </message>
    <message>
        <source>完了日時が発見・報告の日時より前になっています。日時を確認してください。</source>
        <translation>Closed before it was discovered or reported: check the dates and times.</translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。</source>
        <translation>The confirmation does not match the password.</translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>管理者が設定したパスワードでログインしました。続ける前に、自分だけが知るパスワード（10文字以上）に変更してください。</source>
        <translation>You logged in with a password set by an administrator. Before you continue, change it to one only you know (at least 10 characters).</translation>
    </message>
    <message>
        <source>保存できませんでした（同時編集）</source>
        <translation>Not saved (edited by someone else)</translation>
    </message>
    <message>
        <source>あなたの入力は画面に残っています。下の表で違いを確かめ、必要なら内容を直してから保存し直してください。</source>
        <translation>Your entries are still on screen. Check the differences in the table below, correct them if needed, and save again.</translation>
    </message>
    <message>
        <source>自己診断: {n} 件の問題があります。</source>
        <translation>Self-test: problems found: {n}.</translation>
    </message>
    <message>
        <source>自己診断: すべて正常です。</source>
        <translation>Self-test: everything is in order.</translation>
    </message>
    <message>
        <source>（PyInstaller 版）</source>
        <translation> (PyInstaller bundle)</translation>
    </message>
    <message>
        <source>部品</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>同梱ファイル</source>
        <translation>Shipped files</translation>
    </message>
    <message>
        <source>データの保存先</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>設定の保存先</source>
        <translation>Settings folder</translation>
    </message>
    <message>
        <source>既定のデータベース</source>
        <translation>Default database</translation>
    </message>
    <message>
        <source>エラーログ</source>
        <translation>Error log</translation>
    </message>
    <message>
        <source>フォント</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>画面定義 (.ui)</source>
        <translation>Screen definitions (.ui)</translation>
    </message>
    <message>
        <source>翻訳</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>アイコン</source>
        <translation>Icons</translation>
    </message>
    <message>
        <source>データベースの移行</source>
        <translation>Database migrations</translation>
    </message>
    <message>
        <source>{n} 本の移行を空のデータベースに適用 → {rev}</source>
        <translation>{n} migrations applied to an empty database → {rev}</translation>
    </message>
    <message>
        <source>文字コード CP932</source>
        <translation>CP932 encoding</translation>
    </message>
    <message>
        <source>タイムゾーン</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>データの保存場所</source>
        <translation>Where data is kept</translation>
    </message>
    <message>
        <source>使用可</source>
        <translation>available</translation>
    </message>
    <message>
        <source>keyring のバックエンド</source>
        <translation>Keyring backends</translation>
    </message>
    <message>
        <source>見つかりません</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>使用中の keyring</source>
        <translation>Keyring in use</translation>
    </message>
    <message>
        <source>使用できません。暗号化バックアップの鍵と PostgreSQL のパスワードは keyring（OS の資格情報マネージャー）に保存するため、keyring が必要です。</source>
        <translation>not usable. Encrypted backups (their key) and the PostgreSQL password are kept in the keyring (the OS credential manager), so they need a working keyring.</translation>
    </message>
    <message>
        <source>Qt のプラットフォームプラグイン</source>
        <translation>Qt platform plugin</translation>
    </message>
    <message>
        <source>120 秒たっても応答がありません</source>
        <translation>no answer after 120 seconds</translation>
    </message>
    <message>
        <source>既定</source>
        <translation>default</translation>
    </message>
    <message>
        <source>{platform} を読み込めません（終了コード {code}）: {error}</source>
        <translation>cannot load {platform} (exit status {code}): {error}</translation>
    </message>
    <message>
        <source>secdesk 自己診断</source>
        <translation>secdesk self-test</translation>
    </message>
    <message>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>PDF 出力</source>
        <translation>PDF output</translation>
    </message>
    <message>
        <source>{pages} ページ、{size} バイト、フォント {font} を埋め込み</source>
        <translation>{pages} pages, {size} bytes, font {font} embedded</translation>
    </message>
    <message>
        <source>あなたの入力</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <source>保存されている内容</source>
        <translation>Saved value</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV・UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV・Shift_JIS（古い Excel 用） (*.csv)</source>
        <translation>CSV, Shift_JIS (for older Excel) (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>書き出しました: {path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。作業内容は保存されていない可能性があります。
{e}</source>
        <translation>An unexpected error occurred. Your work may not have been saved.
{e}</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>変更は保存されていません。破棄して閉じますか?</source>
        <translation>Your changes have not been saved. Discard them and close?</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>一覧</source>
        <translation>List</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <source>secdesk - 情報セキュリティ業務</source>
        <translation>secdesk - Information Security</translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>パスワードの変更(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>画面をロック(&amp;L)</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>最新の情報に更新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>新規作成(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>表示言語(&amp;L)</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>secdesk について(&amp;A)</source>
        <translation>&amp;About secdesk</translation>
    </message>
    <message>
        <source>利用者: {name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>secdesk - ロック中</source>
        <translation>secdesk - Locked</translation>
    </message>
    <message>
        <source>表示言語を変更しました。次回の起動から切り替わります。</source>
        <translation>Display language changed; it applies from the next start.</translation>
    </message>
    <message>
        <source>secdesk について</source>
        <translation>About secdesk</translation>
    </message>
    <message>
        <source>secdesk {v}
情報セキュリティ担当（CSIRT）のための業務ツール

同梱フォント: BIZ UDゴシック（SIL Open Font License 1.1）</source>
        <translation>secdesk {v}
A workbench for the information security team (CSIRT)

Bundled font: BIZ UDGothic (SIL Open Font License 1.1)</translation>
    </message>
    <message>
        <source>キャンセルしました。何も変更していません。</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>（無効）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>職員の編集</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>職員の追加</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>是正処置（{n}）</source>
        <translation>Corrective actions ({n})</translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>取消: {r}</source>
        <translation>Withdrawn: {r}</translation>
    </message>
    <message>
        <source>確認済（{at}、{by}）{note}</source>
        <translation>Verified ({at}, {by}){note}</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message>
        <source>リスク受容（承認者: {who}、{day}）：{reason}</source>
        <translation>Risk accepted (approved by {who}, {day}): {reason}</translation>
    </message>
    <message>
        <source>完了の報告あり。監査人または CSIRT の確認を待っています（確認待ち）。</source>
        <translation>Reported as done; awaiting verification by an auditor or the CSIRT.</translation>
    </message>
    <message>
        <source>対応中の処置です。</source>
        <translation>This action is in progress.</translation>
    </message>
    <message>
        <source>（取消）</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>経過</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>記録者</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>経過の一覧</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <source>証跡ファイル</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>サイズ</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>追加者</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>追加日時</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>証跡の一覧</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>経過を記録…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>証跡を追加…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>証跡を保存…</source>
        <translation>Save evidence…</translation>
    </message>
    <message>
        <source>確認（確認済）…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>リスク受容…</source>
        <translation>Accept risk…</translation>
    </message>
    <message>
        <source>再開…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>取消…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>経過（追記のみ）</source>
        <translation>Progress notes (append only)</translation>
    </message>
    <message>
        <source>証跡（データベースに SHA-256 とともに保存）</source>
        <translation>Evidence (stored in the database with its SHA-256)</translation>
    </message>
    <message>
        <source>処置の再開</source>
        <translation>Reopen action</translation>
    </message>
    <message>
        <source>再開する理由（経過に残ります）</source>
        <translation>Reason for reopening (kept in the progress notes)</translation>
    </message>
    <message>
        <source>処置の取消</source>
        <translation>Withdraw action</translation>
    </message>
    <message>
        <source>取り消す理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>すべてのファイル (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>証跡の保存</source>
        <translation>Save evidence</translation>
    </message>
    <message>
        <source>所属の履歴</source>
        <translation>Department history</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>開始日</source>
        <translation>From</translation>
    </message>
    <message>
        <source>終了日</source>
        <translation>To</translation>
    </message>
    <message>
        <source>現在</source>
        <translation>present</translation>
    </message>
    <message>
        <source>所属の編集</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>所属の追加</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>（なし・最上位）</source>
        <translation>(none – top level)</translation>
    </message>
    <message>
        <source>職員一覧の取り込み</source>
        <translation>Import staff list</translation>
    </message>
    <message>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>人事から届いた職員一覧（CSV または Excel）を選んでください。文字コード（UTF-8 / Shift_JIS）は自動で判別します。取り込む前に、追加・異動・退職の一覧を確認できます。</source>
        <translation>Choose the staff list from HR (CSV or Excel). The encoding (UTF-8 / Shift_JIS) is detected automatically. Before importing you can review the new staff, transfers and departures.</translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation>File</translation>
    </message>
    <message>
        <source>バックアップの保存先</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>secdesk バックアップ (*.sdbk *.sqlite3 *.zip)</source>
        <translation>secdesk backups (*.sdbk *.sqlite3 *.zip)</translation>
    </message>
    <message>
        <source>復元するバックアップ</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>secdesk バックアップ (*.sdbk *.sqlite3 *.zip);;すべてのファイル (*)</source>
        <translation>secdesk backups (*.sdbk *.sqlite3 *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>使用中のデータベース: {w}</source>
        <translation>Database in use: {w}</translation>
    </message>
    <message>
        <source>暗号化する（AES-256-GCM。USB メモリなどに保存するときは必ず暗号化）</source>
        <translation>Encrypt (AES-256-GCM; always encrypt backups kept on USB sticks and other media)</translation>
    </message>
    <message>
        <source>今すぐバックアップ…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>バックアップから復元…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>回復キーを表示…</source>
        <translation>Show recovery code…</translation>
    </message>
    <message>
        <source>データベースの接続先…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>バックアップと復元</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>終了時の自動バックアップ（この端末の設定）</source>
        <translation>Automatic backup on exit (this PC&apos;s setting)</translation>
    </message>
    <message>
        <source>空欄: 自動バックアップしない</source>
        <translation>Empty: no automatic backup</translation>
    </message>
    <message>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>暗号化する</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>保存先フォルダー</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>残す世代数</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>データベース</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>自動バックアップの保存先</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <source>バックアップしています…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>バックアップを作成し、検証しました。
{p}</source>
        <translation>Backup made and verified.
{p}</translation>
    </message>
    <message>
        <source>新しい暗号鍵を作成しました。次の回復キーを紙に控え、金庫などに保管してください。この端末が使えなくなったとき、暗号化バックアップを開く唯一の手段です。</source>
        <translation>A new encryption key was created. Write down this recovery code and keep it in a safe: if this PC is lost, it is the only way to open the encrypted backups.</translation>
    </message>
    <message>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>バックアップを検査しています…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>このバックアップは検査に合格しました（スキーマ {r}、監査ログ {n} 件）。
現在の台帳をこのバックアップで置き換えますか? 現在の台帳は複製を残します。復元の後、もう一度ログインしてください。</source>
        <translation>This backup passed every check (schema {r}, audit log entries: {n}).
Replace the current register with it? A copy of the current register is kept. Log in again after the restore.</translation>
    </message>
    <message>
        <source>復元の確認</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <source>復元しています…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>復元</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>復元しました。置き換えた台帳の複製: {p}
secdesk を終了します。もう一度起動してログインしてください。</source>
        <translation>Restored. Copy of the replaced register: {p}
secdesk will now close. Start it again and log in.</translation>
    </message>
    <message>
        <source>この端末にはまだ暗号鍵がありません（最初の暗号化バックアップで作成されます）。</source>
        <translation>This PC has no encryption key yet (it is created by the first encrypted backup).</translation>
    </message>
    <message>
        <source>回復キー</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>接続先を保存しました。次回の起動から新しい接続先を使います。</source>
        <translation>Connection saved. secdesk uses it from the next start.</translation>
    </message>
    <message>
        <source>自動バックアップ</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>終了時の自動バックアップに失敗しました: {e}</source>
        <translation>The automatic backup on exit failed: {e}</translation>
    </message>
    <message>
        <source>ファイル(&amp;F) *</source>
        <translation>&amp;File *</translation>
    </message>
    <message>
        <source>異動・退職の発効日(&amp;E)</source>
        <translation>&amp;Effective date of transfers and departures</translation>
    </message>
    <message>
        <source>全職員のファイルとして扱う（ファイルにない在職者を退職にする）</source>
        <translation>The file lists all staff (active staff missing from it are marked as departed)</translation>
    </message>
    <message>
        <source>ファイルの列と secdesk の項目の対応を確認してください（* は必須）。この対応は次回も使います。</source>
        <translation>Check which file column goes into which secdesk field (* = required). This mapping is remembered for next time.</translation>
    </message>
    <message>
        <source>エラーの行を除いて、正しい行だけを取り込む</source>
        <translation>Skip the rows with errors and import only the valid rows</translation>
    </message>
    <message>
        <source>取り込みで変わる内容</source>
        <translation>Changes made by the import</translation>
    </message>
    <message>
        <source>GoPhish の訓練結果の取り込み</source>
        <translation>Import GoPhish drill results</translation>
    </message>
    <message>
        <source>GoPhish のキャンペーン画面で「Export CSV」→「Results」と書き出したファイルを選んでください。職員はメールアドレスで照合します。IP アドレス・位置・役職は読み飛ばし、保存しません。</source>
        <translation>Choose the file exported from the GoPhish campaign page with “Export CSV” → “Results”. Staff are matched by email address. IP addresses, locations and positions are skipped and not stored.</translation>
    </message>
    <message>
        <source>区分</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>職員番号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>内容を確認しています…</source>
        <translation>Checking the contents…</translation>
    </message>
    <message>
        <source>職員に該当しないアドレス {n} 件は取り込まずに飛ばします: {list}</source>
        <translation>Skipped {n} addresses that match no staff member: {list}</translation>
    </message>
    <message>
        <source>・報告あり</source>
        <translation>, reported</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>取り込む</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>職員一覧のファイル</source>
        <translation>Staff list file</translation>
    </message>
    <message>
        <source>取り込めない行</source>
        <translation>Rows that cannot be imported</translation>
    </message>
    <message>
        <source>内容を確認</source>
        <translation>Check contents</translation>
    </message>
    <message>
        <source>CSV / Excel (*.csv *.txt *.xlsx);;すべてのファイル (*)</source>
        <translation>CSV / Excel (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>ファイルを選んでください。</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>ファイルを確認しています…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>監査チェックリストの取り込み</source>
        <translation>Import audit checklist</translation>
    </message>
    <message>
        <source>チェックリスト（CSV または Excel）を選んでください。列は「No.（項目番号）」「監査項目」が必須で、「項目（大項目 › 中項目）」「必須」「監査資料の例」「監査実施の例」「ポリシーガイドライン例文番号」「関連JIS Q 27002番号」「留意事項」「分類」「参照」「対象所属」も読み込みます。取り込むと、その年度の新しい版として登録され、これまでの版は変わりません。</source>
        <translation>Choose a checklist (CSV or Excel). The columns “No.” (item number) and “監査項目” (audit item) are required; “項目” (section › subsection), “必須”, “監査資料の例”, “監査実施の例”, “ポリシーガイドライン例文番号”, “関連JIS Q 27002番号”, “留意事項”, “分類”, “参照” and “対象所属” are read as well. The import is registered as a new revision for the fiscal year; earlier revisions stay as they are.</translation>
    </message>
    <message>
        <source>情報セキュリティ監査チェックリスト</source>
        <translation>Information security audit checklist</translation>
    </message>
    <message>
        <source>年度(&amp;Y) *</source>
        <translation>Fiscal &amp;year *</translation>
    </message>
    <message>
        <source>名称(&amp;N) *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>自己点検の回答の取り込み</source>
        <translation>Import self-inspection answers</translation>
    </message>
    <message>
        <source>所属から戻ってきた回答用シート（所属ごとのシートがある Excel）、または所属ごとの CSV / Excel を選んでください。列「項目番号」「回答」が必須です。所属は「所属コード」の列、シート名（「110 総務課」のように先頭が所属コード）、または下の選択から判断します。</source>
        <translation>Choose the answer sheets returned by the departments (an Excel workbook with one sheet per department) or a CSV / Excel file per department. The columns “項目番号” (item number) and “回答” (answer) are required. The department is taken from a “所属コード” (department code) column, from the sheet name (starting with the department code, as in “110 総務課”), or from the choice below.</translation>
    </message>
    <message>
        <source>（ファイルの所属コード・シート名から判断）</source>
        <translation>(from the department code or sheet name in the file)</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>ファイルを読み込んでいます…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>（使わない）</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>差分を確認しています…</source>
        <translation>Comparing with the register…</translation>
    </message>
    <message>
        <source>{rows} 行を読みました。</source>
        <translation>Rows read: {rows}.</translation>
    </message>
    <message>
        <source>新しい所属: {d}</source>
        <translation>New departments: {d}</translation>
    </message>
    <message>
        <source>所属名の変更: {d}</source>
        <translation>Renamed departments: {d}</translation>
    </message>
    <message>
        <source>エラー {n} 件（このままでは何も取り込みません）:</source>
        <translation>Errors: {n} (as it stands, nothing will be imported):</translation>
    </message>
    <message>
        <source>取り込んでいます…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>ダッシュボード</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハット</source>
        <translation>Incidents &amp; near-misses</translation>
    </message>
    <message>
        <source>研修</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>監査</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>職員・所属</source>
        <translation>Staff &amp; departments</translation>
    </message>
    <message>
        <source>報告書</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>バックアップ・データベース</source>
        <translation>Backup &amp; database</translation>
    </message>
    <message>
        <source>ユーザー名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>表示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>役割</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>版</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>項目数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>使用中の監査</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>取り込み元</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <source>チェックリストの版</source>
        <translation>Checklist revisions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>必須</source>
        <translation>Req.</translation>
    </message>
    <message>
        <source>監査項目</source>
        <translation>Audit item</translation>
    </message>
    <message>
        <source>対象所属</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>参照</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>関連JIS Q 27002番号</source>
        <translation>JIS Q 27002 ref.</translation>
    </message>
    <message>
        <source>チェックリストの取り込み…</source>
        <translation>Import checklist…</translation>
    </message>
    <message>
        <source>評価区分の編集…</source>
        <translation>Edit ratings…</translation>
    </message>
    <message>
        <source>監査資料の例</source>
        <translation>Example audit evidence</translation>
    </message>
    <message>
        <source>監査実施の例</source>
        <translation>Example audit procedure</translation>
    </message>
    <message>
        <source>ポリシーガイドライン例文番号</source>
        <translation>Policy guideline clause no.</translation>
    </message>
    <message>
        <source>留意事項</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>評価区分の編集</source>
        <translation>Edit ratings</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>是正処置</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>評価区分の一覧</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>評価の名前・順序・是正処置の要否を決めます。使われなくなった評価は無効にします（指摘事項の記録は残ります）。</source>
        <translation>Set the names and order of the ratings and whether each needs a corrective action. Deactivate ratings no longer in use (findings that use them are kept).</translation>
    </message>
    <message>
        <source>名前の変更…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>是正処置の要否を切り替え</source>
        <translation>Toggle corrective action needed</translation>
    </message>
    <message>
        <source>有効・無効を切り替え</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <source>上へ</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下へ</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>必要</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>不要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>評価区分の追加</source>
        <translation>Add rating</translation>
    </message>
    <message>
        <source>評価の名前</source>
        <translation>Rating name</translation>
    </message>
    <message>
        <source>名前の変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>最終ログイン</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>追加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>編集…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>パスワードの再設定…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>変更…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>添付するファイル</source>
        <translation>File to attach</translation>
    </message>
    <message>
        <source>名前を付けて保存</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>対応経過</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>対応を記録…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <source>報告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>実施日時</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>根拠・備考</source>
        <translation>Basis / notes</translation>
    </message>
    <message>
        <source>実施を記録…</source>
        <translation>Record as done…</translation>
    </message>
    <message>
        <source>連絡先</source>
        <translation>Outside body</translation>
    </message>
    <message>
        <source>ファイル名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>関係</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>関連付けを解除</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>関連する監査の指摘事項（Enter で開く）</source>
        <translation>Linked audit findings (Enter opens)</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>件名</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>指摘事項と関連付け…</source>
        <translation>Link a finding…</translation>
    </message>
    <message>
        <source>指摘事項と関連付け</source>
        <translation>Link a finding</translation>
    </message>
    <message>
        <source>指摘事項の番号（例: 2026-FND-0003）</source>
        <translation>Finding number (e.g. 2026-FND-0003)</translation>
    </message>
    <message>
        <source>{n} との関連付けを解除しますか?</source>
        <translation>Unlink {n}?</translation>
    </message>
    <message>
        <source>関連するインシデント・ヒヤリハット（Enter で開く）</source>
        <translation>Linked incidents and near-misses (Enter opens)</translation>
    </message>
    <message>
        <source>インシデントと関連付け…</source>
        <translation>Link an incident…</translation>
    </message>
    <message>
        <source>インシデントと関連付け</source>
        <translation>Link an incident</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットの番号（例: 2026-INC-0007）</source>
        <translation>Incident or near-miss number (e.g. 2026-INC-0007)</translation>
    </message>
    <message>
        <source>連絡を記録…</source>
        <translation>Record notification…</translation>
    </message>
    <message>
        <source>添付ファイル（データベースに保存、SHA-256 で検証）</source>
        <translation>Attachments (stored in the database, verified by SHA-256)</translation>
    </message>
    <message>
        <source>添付…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>名前を付けて保存…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>添付を取消…</source>
        <translation>Withdraw attachment…</translation>
    </message>
    <message>
        <source>関連する記録（Enter で開く）</source>
        <translation>Linked records (Enter opens)</translation>
    </message>
    <message>
        <source>関連付け…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>連絡・添付・関連</source>
        <translation>Notifications, attachments, links</translation>
    </message>
    <message>
        <source>{event}（{old} → {new}）</source>
        <translation>{event} ({old} → {new})</translation>
    </message>
    <message>
        <source>未了</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>（期限後）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>ヒヤリハットには報告義務はありません。</source>
        <translation>Near-misses carry no reporting duty.</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告が必要: {why}</source>
        <translation>Report to the PPC required: {why}</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告の要件には該当しません。</source>
        <translation>Does not meet the criteria for a report to the PPC.</translation>
    </message>
    <message>
        <source>移行元</source>
        <translation>Promoted from</translation>
    </message>
    <message>
        <source>移行先</source>
        <translation>Promoted to</translation>
    </message>
    <message>
        <source>関連</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>添付の取消</source>
        <translation>Withdraw attachment</translation>
    </message>
    <message>
        <source>{name} の添付を取り消す理由</source>
        <translation>Reason for withdrawing the attachment {name}</translation>
    </message>
    <message>
        <source>関連する記録の番号（例: 2025-INC-0007）</source>
        <translation>Number of the related record (e.g. 2025-INC-0007)</translation>
    </message>
    <message>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>改ざん検査</source>
        <translation>Check for tampering</translation>
    </message>
    <message>
        <source>さらに古い記録</source>
        <translation>Older records</translation>
    </message>
    <message>
        <source>検査しています…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>✔ {n} 件の記録を検査しました。改ざんは見つかりませんでした。</source>
        <translation>✔ No tampering found ({n} records checked).</translation>
    </message>
    <message>
        <source>✖ 記録 {seq} で不整合: {reason}</source>
        <translation>✖ Record {seq} is inconsistent: {reason}</translation>
    </message>
    <message>
        <source>・ロック中</source>
        <translation>, locked</translation>
    </message>
    <message>
        <source>・要パスワード変更</source>
        <translation>, must change password</translation>
    </message>
    <message>
        <source>クリックすると内訳の一覧を開きます</source>
        <translation>Click to open the list behind this figure</translation>
    </message>
    <message>
        <source>報告なし</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>{n}（{state}）</source>
        <translation>{n} ({state})</translation>
    </message>
    <message>
        <source>単位: {u}</source>
        <translation>Unit: {u}</translation>
    </message>
    <message>
        <source>まだ記録がありません。</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <source>ダッシュボード&#x3000;{fy}</source>
        <translation>Dashboard – {fy}</translation>
    </message>
    <message>
        <source>研修・訓練</source>
        <translation>Training &amp; drills</translation>
    </message>
    <message>
        <source>全職員研修の受講率（今年度）</source>
        <translation>All-staff completion (this FY)</translation>
    </message>
    <message>
        <source>今年度の全職員研修が登録されていません</source>
        <translation>No all-staff training registered for this fiscal year</translation>
    </message>
    <message>
        <source>完了 {done:,} / 対象 {due:,} 名・期限 {day}</source>
        <translation>{done:,} of {due:,} done, due {day}</translation>
    </message>
    <message>
        <source>目標 {rate}%・{title}</source>
        <translation>Goal {rate}% · {title}</translation>
    </message>
    <message>
        <source>最新の訓練のクリック率</source>
        <translation>Click rate of the latest drill</translation>
    </message>
    <message>
        <source>{title}（{day}）クリック {n:,} / 送信 {sent:,} 名</source>
        <translation>{title} ({day}): {n:,} clicked of {sent:,} sent</translation>
    </message>
    <message>
        <source>監査・自己点検</source>
        <translation>Audits and self-inspections</translation>
    </message>
    <message>
        <source>自己点検の回答状況</source>
        <translation>Self-inspection answers</translation>
    </message>
    <message>
        <source>指摘事項</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>是正処置（フォローアップ）</source>
        <translation>Corrective actions (follow-up)</translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>所属の一覧</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>職員数</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>所属を追加</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>所属を編集</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>職員番号・氏名・フリガナで検索</source>
        <translation>Search by staff number, name or kana</translation>
    </message>
    <message>
        <source>雇用区分で絞り込み</source>
        <translation>Filter by employment type</translation>
    </message>
    <message>
        <source>退職者も表示</source>
        <translation>Show departed staff</translation>
    </message>
    <message>
        <source>職員を追加 (Ctrl+N)</source>
        <translation>Add staff (Ctrl+N)</translation>
    </message>
    <message>
        <source>監査を選ぶと、進み具合をここに表示します。</source>
        <translation>Select an audit to see its progress here.</translation>
    </message>
    <message>
        <source>自己点検の回答の進み具合</source>
        <translation>Self-inspection answer progress</translation>
    </message>
    <message>
        <source>回答 %v / %m 項目（%p%）</source>
        <translation>Answered %v of %m items (%p%)</translation>
    </message>
    <message>
        <source>評価</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>評価と状態ごとの指摘事項</source>
        <translation>Findings by rating and status</translation>
    </message>
    <message>
        <source>回答状況へ</source>
        <translation>Go to answers</translation>
    </message>
    <message>
        <source>指摘事項の一覧へ</source>
        <translation>Go to findings</translation>
    </message>
    <message>
        <source>是正処置の一覧へ</source>
        <translation>Go to corrective actions</translation>
    </message>
    <message>
        <source>指摘事項（評価 × 状態）</source>
        <translation>Findings (rating × status)</translation>
    </message>
    <message>
        <source>{kind}・{status}</source>
        <translation>{kind} · {status}</translation>
    </message>
    <message>
        <source>監査人: {who}</source>
        <translation>Auditor: {who}</translation>
    </message>
    <message>
        <source>期間: {p}</source>
        <translation>Period: {p}</translation>
    </message>
    <message>
        <source>対象所属: {n}</source>
        <translation>Scope: {n} departments</translation>
    </message>
    <message>
        <source>チェックリスト: {c}</source>
        <translation>Checklist: {c}</translation>
    </message>
    <message>
        <source>是正処置 {n} 件</source>
        <translation>Corrective actions: {n}</translation>
    </message>
    <message>
        <source>期限超過 {n}</source>
        <translation>Overdue {n}</translation>
    </message>
    <message>
        <source>期限間近 {n}</source>
        <translation>Due soon {n}</translation>
    </message>
    <message>
        <source>確認待ち {n}</source>
        <translation>Awaiting verification {n}</translation>
    </message>
    <message>
        <source>完了 {n}</source>
        <translation>Done {n}</translation>
    </message>
    <message>
        <source>指摘事項にしていない「いいえ」{n} 件</source>
        <translation>“No” answers not yet made findings: {n}</translation>
    </message>
    <message>
        <source>番号・名称・監査人で検索</source>
        <translation>Search by number, name or auditor</translation>
    </message>
    <message>
        <source>年度で絞り込み</source>
        <translation>Filter by fiscal year</translation>
    </message>
    <message>
        <source>すべての年度</source>
        <translation>All fiscal years</translation>
    </message>
    <message>
        <source>種別で絞り込み</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>すべての種別</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>状態で絞り込み</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>すべての状態</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>取消も表示</source>
        <translation>Show withdrawn</translation>
    </message>
    <message>
        <source>監査を登録 (Ctrl+N)</source>
        <translation>New audit (Ctrl+N)</translation>
    </message>
    <message>
        <source>開く (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>前年度から複写…</source>
        <translation>Copy from last year…</translation>
    </message>
    <message>
        <source>監査結果報告書（PDF）…</source>
        <translation>Audit report (PDF)…</translation>
    </message>
    <message>
        <source>フォローアップ状況報告書（PDF）…</source>
        <translation>Follow-up report (PDF)…</translation>
    </message>
    <message>
        <source>監査の取消</source>
        <translation>Withdraw audit</translation>
    </message>
    <message>
        <source>{n} を取り消す理由（記録は残ります）</source>
        <translation>Reason for withdrawing {n} (the record is kept)</translation>
    </message>
    <message>
        <source>監査結果報告書の作成</source>
        <translation>Create audit report</translation>
    </message>
    <message>
        <source>フォローアップ状況報告書の作成</source>
        <translation>Create follow-up report</translation>
    </message>
    <message>
        <source>退職 / 復職</source>
        <translation>Depart / Reinstate</translation>
    </message>
    <message>
        <source>職員一覧の取り込み…</source>
        <translation>Import staff list…</translation>
    </message>
    <message>
        <source>書き出し…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>すべての所属</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>情報システムを保有する所属</source>
        <translation>Department that owns information systems</translation>
    </message>
    <message>
        <source>すべての雇用区分</source>
        <translation>All employment types</translation>
    </message>
    <message>
        <source>{name} を退職（無効）にしますか? 記録は削除されません。</source>
        <translation>Mark {name} as departed (inactive)? The record is not deleted.</translation>
    </message>
    <message>
        <source>{name} を復職（有効）にしますか?</source>
        <translation>Reinstate {name} (active)?</translation>
    </message>
    <message>
        <source>職員一覧の書き出し</source>
        <translation>Export staff list</translation>
    </message>
    <message>
        <source>期限超過</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>期限間近</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>監査で絞り込み</source>
        <translation>Filter by audit</translation>
    </message>
    <message>
        <source>すべての監査</source>
        <translation>All audits</translation>
    </message>
    <message>
        <source>所属で絞り込み</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <source>評価で絞り込み</source>
        <translation>Filter by rating</translation>
    </message>
    <message>
        <source>すべての評価</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>期限で絞り込み</source>
        <translation>Filter by due date</translation>
    </message>
    <message>
        <source>期限を問わない</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <source>絞り込み:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>指摘番号・件名・内容で検索</source>
        <translation>Search by finding number, title or description</translation>
    </message>
    <message>
        <source>再発のみ</source>
        <translation>Recurring only</translation>
    </message>
    <message>
        <source>前年度以前の同じ指摘につながっている指摘だけを表示</source>
        <translation>Show only findings linked to the same finding in an earlier year</translation>
    </message>
    <message>
        <source>指摘事項を追加 (Ctrl+N)</source>
        <translation>Add finding (Ctrl+N)</translation>
    </message>
    <message>
        <source>未完了（未対応・対応中）</source>
        <translation>New or ongoing</translation>
    </message>
    <message>
        <source>指摘事項の取消</source>
        <translation>Withdraw finding</translation>
    </message>
    <message>
        <source>{n} を取り消す理由（是正処置も取り消されます。記録は残ります）</source>
        <translation>Reason for withdrawing {n} (its corrective actions are withdrawn too; the records are kept)</translation>
    </message>
    <message>
        <source>指摘事項・是正処置の書き出し</source>
        <translation>Export findings and corrective actions</translation>
    </message>
    <message>
        <source>指摘番号・件名・処置・担当者で検索</source>
        <translation>Search by finding number, title, action or owner</translation>
    </message>
    <message>
        <source>担当所属で絞り込み</source>
        <translation>Filter by owner department</translation>
    </message>
    <message>
        <source>督促用の所属別一覧…</source>
        <translation>Reminder lists by department…</translation>
    </message>
    <message>
        <source>未完了（未着手・対応中）</source>
        <translation>Not started or ongoing</translation>
    </message>
    <message>
        <source>確認待ち（完了の報告あり）</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>完了（確認済・リスク受容）</source>
        <translation>Verified or risk accepted</translation>
    </message>
    <message>
        <source>督促用の所属別一覧の書き出し</source>
        <translation>Export reminder lists by department</translation>
    </message>
    <message>
        <source>外部監査</source>
        <translation>External audit</translation>
    </message>
    <message>
        <source>内部監査</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <source>自己点検</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>計画</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>実施中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>報告済</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>該当なし</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>未着手</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>対応中</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>リスク受容</source>
        <translation>Risk accepted</translation>
    </message>
    <message>
        <source>未対応</source>
        <translation>New</translation>
    </message>
    <message>
        <source>対応不要</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>全所属</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>情報システム保有所属</source>
        <translation>System-owning departments</translation>
    </message>
    <message>
        <source>ファイルを書き込めません（{path}）: {error}</source>
        <translation>Cannot write the file ({path}): {error}</translation>
    </message>
    <message>
        <source>「{name}」を上書きできません。Excel などのプログラムでこのファイルを開いている場合は、ファイルを閉じてからやり直してください（{path}）。</source>
        <translation>Cannot overwrite &quot;{name}&quot;. If a program such as Excel has this file open, close the file and try again ({path}).</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>分類（大項目 › 中項目）</source>
        <translation>Category (section › subsection)</translation>
    </message>
    <message>
        <source>大項目</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>中項目</source>
        <translation>Subsection</translation>
    </message>
    <message>
        <source>所属コード</source>
        <translation>Department code</translation>
    </message>
    <message>
        <source>所属名</source>
        <translation>Department name</translation>
    </message>
    <message>
        <source>役職</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>雇用区分</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>在職</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>必須の列「{name}」がありません。</source>
        <translation>The required column “{name}” is missing.</translation>
    </message>
    <message>
        <source>メールアドレス（職員番号がないとき）</source>
        <translation>Email address (when there is no staff number)</translation>
    </message>
    <message>
        <source>受講日（完了日）</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>得点</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>研修コード（ほかの研修の行は読み飛ばす）</source>
        <translation>Course code (rows of other courses are skipped)</translation>
    </message>
    <message>
        <source>年度（研修コードと組で見る）</source>
        <translation>Fiscal year (read with the course code)</translation>
    </message>
    <message>
        <source>状況（完了の行だけを受講とする）</source>
        <translation>Status (only rows marked completed count)</translation>
    </message>
    <message>
        <source>Moodle の評定表（評定のエクスポート）です。完了日がありません。Moodle の「コース完了」レポートか「活動完了」レポートをダウンロードして指定してください。</source>
        <translation>This is Moodle&apos;s gradebook (grade export): it has no completion dates. Download Moodle&apos;s course completion report or activity completion report and choose that file.</translation>
    </message>
    <message>
        <source>GoPhish の「Raw Events」の CSV です。キャンペーンの「Export CSV」→「Results」で書き出したファイルを、訓練の取り込み（GoPhish）で指定してください。</source>
        <translation>This is GoPhish&apos;s “Raw Events” CSV. Export the campaign with “Export CSV” → “Results” and import that file as drill results (GoPhish).</translation>
    </message>
    <message>
        <source>GoPhish の「Results」の CSV です。受講結果ではなく、訓練の取り込み（GoPhish）で指定してください。</source>
        <translation>This is GoPhish&apos;s “Results” CSV. Import it as drill results (GoPhish), not as e-learning results.</translation>
    </message>
    <message>
        <source>職員番号（またはメールアドレス）の列を指定してください。</source>
        <translation>Choose the column with the staff number (or email address).</translation>
    </message>
    <message>
        <source>必須の列「受講日（完了日）」がありません。</source>
        <translation>The required column “Completion date” is missing.</translation>
    </message>
    <message>
        <source>列「{name}」がファイルにありません。</source>
        <translation>The file has no column “{name}”.</translation>
    </message>
    <message>
        <source>ファイルを開けません: {error}</source>
        <translation>Cannot open the file: {error}</translation>
    </message>
    <message>
        <source>ファイルが空です。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>ファイルが大きすぎます（{mb} MB、上限 {limit} MB）。分割してから読み込んでください。</source>
        <translation>The file is too large ({mb} MB, limit {limit} MB). Split it before reading it in.</translation>
    </message>
    <message>
        <source>旧形式の Excel ファイル（.xls）は読み込めません。.xlsx または CSV で保存し直してください。</source>
        <translation>Old-format Excel files (.xls) cannot be read. Save it again as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>CSV または Excel（.xlsx）のファイルではありません。</source>
        <translation>This is not a CSV or Excel (.xlsx) file.</translation>
    </message>
    <message>
        <source>文字コードを判別できません。UTF-8 または Shift_JIS（CP932）で保存したファイルを指定してください。</source>
        <translation>Cannot detect the encoding. Choose a file saved in UTF-8 or Shift_JIS (CP932).</translation>
    </message>
    <message>
        <source>1行目に列名（見出し）がありません。</source>
        <translation>Line 1 has no column names (headings).</translation>
    </message>
    <message>
        <source>{line}行目付近で CSV として読めません: {error}</source>
        <translation>Cannot read as CSV near line {line}: {error}</translation>
    </message>
    <message>
        <source>見出しは {line}行目の行です（その上の {n} 行は表題として読み飛ばしました）。</source>
        <translation>The header is row {line} (the {n} rows above it were read over as titles).</translation>
    </message>
    <message>
        <source>見出しの行が見つかりません（{line}行目を見出しとして読みましたが、知っている列名がありません）。必要な列: {names}</source>
        <translation>No header row found (row {line} was read as the header but names no known column). Columns required: {names}</translation>
    </message>
    <message>
        <source>列が多すぎます（{n}列、上限 {limit}列）。</source>
        <translation>Too many columns ({n}, limit {limit}).</translation>
    </message>
    <message>
        <source>行が多すぎます（上限 {limit}行）。</source>
        <translation>Too many rows (limit {limit}).</translation>
    </message>
    <message>
        <source>{line}行目に長すぎる値があります（{n}文字、上限 {limit}文字）。</source>
        <translation>Line {line} has a value that is too long ({n} characters, limit {limit}).</translation>
    </message>
    <message>
        <source>Excel ファイルとして読めません: {error}</source>
        <translation>Cannot read as an Excel file: {error}</translation>
    </message>
    <message>
        <source>シート「{sheet}」がありません。</source>
        <translation>There is no sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>{line}行目の「{ch}」は Shift_JIS（CP932）で書けない文字です。UTF-8 で出力してください。</source>
        <translation>“{ch}” on line {line} cannot be written in Shift_JIS (CP932). Export in UTF-8 instead.</translation>
    </message>
    <message>
        <source>パスワードを安全に保存する仕組み（OS の資格情報マネージャー）が使えません。Windows では資格情報マネージャーが有効か確認してください。</source>
        <translation>The secure password store (the operating system&apos;s credential manager) is not available. On Windows, check that Credential Manager is enabled.</translation>
    </message>
    <message>
        <source>資格情報マネージャーを読めません: {e}</source>
        <translation>Cannot read the credential manager: {e}</translation>
    </message>
    <message>
        <source>資格情報マネージャーに保存できません: {e}</source>
        <translation>Cannot save to the credential manager: {e}</translation>
    </message>
    <message>
        <source>パスワードは{n}文字以上にしてください。</source>
        <translation>The password must be at least {n} characters.</translation>
    </message>
    <message>
        <source>パスワードの前後に空白は使えません。</source>
        <translation>The password cannot start or end with a space.</translation>
    </message>
    <message>
        <source>ユーザー名は64文字以内の英数字と . _ - @ で入力してください。</source>
        <translation>Use up to 64 letters, digits and . _ - @ for the user name.</translation>
    </message>
    <message>
        <source>管理者はすでに登録されています。ログインしてください。</source>
        <translation>An administrator is already registered. Please log in.</translation>
    </message>
    <message>
        <source>ユーザー名またはパスワードが違います。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>現在のパスワードが違います。</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>新しいパスワードが現在のものと同じです。</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <source>自分自身の管理者権限は外せません。</source>
        <translation>You cannot remove your own administrator rights.</translation>
    </message>
    <message>
        <source>このユーザー名はすでに使われています。</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>ユーザーが見つかりません。</source>
        <translation>User not found.</translation>
    </message>
    <message>
        <source>有効な管理者が一人もいなくなるため、変更できません。</source>
        <translation>Not possible: no active administrator would be left.</translation>
    </message>
    <message>
        <source>他の利用者がこのユーザーを先に更新しました。最新の内容を確認してください。</source>
        <translation>Someone else updated this user first. Check the latest version.</translation>
    </message>
    <message>
        <source>ログインに{n}回続けて失敗したため、このアカウントは {time} までロックされています。</source>
        <translation>After {n} failed logins in a row, this account is locked until {time}.</translation>
    </message>
    <message>
        <source>この操作を行う権限がありません（{role}）。</source>
        <translation>You are not allowed to do this ({role}).</translation>
    </message>
    <message>
        <source>在職職員</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <source>名</source>
        <translation>people</translation>
    </message>
    <message>
        <source>うち情報システム保有 {n}</source>
        <translation>with information systems: {n}</translation>
    </message>
    <message>
        <source>他の利用者がこの所属を先に更新しました。</source>
        <translation>Someone else updated this department first.</translation>
    </message>
    <message>
        <source>雇用区分が見つかりません。</source>
        <translation>Employment type not found.</translation>
    </message>
    <message>
        <source>雇用区分は1〜50文字で入力してください。</source>
        <translation>The employment type must be 1 to 50 characters.</translation>
    </message>
    <message>
        <source>所属が見つかりません。</source>
        <translation>Department not found.</translation>
    </message>
    <message>
        <source>所属コードを入力してください。</source>
        <translation>Enter the department code.</translation>
    </message>
    <message>
        <source>所属コードは32文字以内で入力してください。</source>
        <translation>The department code can be at most 32 characters.</translation>
    </message>
    <message>
        <source>この所属コードはすでに使われています。</source>
        <translation>This department code is already in use.</translation>
    </message>
    <message>
        <source>所属名を入力してください。</source>
        <translation>Enter the department name.</translation>
    </message>
    <message>
        <source>所属名は100文字以内で入力してください。</source>
        <translation>The department name can be at most 100 characters.</translation>
    </message>
    <message>
        <source>上位の所属が見つかりません。</source>
        <translation>Parent department not found.</translation>
    </message>
    <message>
        <source>自分自身や下位の所属を上位に指定することはできません。</source>
        <translation>A department cannot be its own parent or be placed under one of its sub-departments.</translation>
    </message>
    <message>
        <source>データベースの整合性エラー: {r}</source>
        <translation>Database integrity error: {r}</translation>
    </message>
    <message>
        <source>参照先のない行: {table} (rowid {rowid}) → {parent}</source>
        <translation>Row with a missing reference: {table} (rowid {rowid}) → {parent}</translation>
    </message>
    <message>
        <source>このデータベースはネットワーク上の場所にあります（{path}）。SQLite のファイルを複数の人で同時に使うと壊れるおそれがあるため、開きません。複数の端末で使うときは PostgreSQL を使ってください。1人だけで使う場合に限り「単独利用モード」（--single-user）で開けます。</source>
        <translation>This database is on a network drive ({path}). A SQLite file used by several people at once can be corrupted, so it is not opened. Use PostgreSQL when several PCs share a register. Only if a single person uses it can it be opened in single-user mode (--single-user).</translation>
    </message>
    <message>
        <source>PostgreSQL を使うには追加の部品が必要です: pip install &quot;secdesk[postgres]&quot;</source>
        <translation>PostgreSQL needs an extra component: pip install &quot;secdesk[postgres]&quot;</translation>
    </message>
    <message>
        <source>新しいデータベースを作成しました: {where}</source>
        <translation>Created a new database: {where}</translation>
    </message>
    <message>
        <source>データベースを新しい形式に更新しました（更新前の複製: {path}）</source>
        <translation>Upgraded the database to the new format (copy from before the upgrade: {path})</translation>
    </message>
    <message>
        <source>サーバー側のバックアップを利用</source>
        <translation>use the server&apos;s backups</translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>この期間に発見した個人情報の漏えい等はありません。</source>
        <translation>No leaks of personal information were discovered in this period.</translation>
    </message>
    <message>
        <source>この期間に発見した個人情報の漏えい等 {n} 件（インシデントのみ。取消した記録は除く）。</source>
        <translation>{n} leaks of personal information discovered in this period (incidents only; cancelled records excluded).</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>漏えい等した項目・本人の数</source>
        <translation>Items leaked · people affected</translation>
    </message>
    <message>
        <source>発見日時</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>特定個人情報</source>
        <translation>My Number (specific personal information)</translation>
    </message>
    <message>
        <source>二次被害</source>
        <translation>Secondary damage</translation>
    </message>
    <message>
        <source>種別はヒヤリハットかインシデントを選んでください。</source>
        <translation>Choose near-miss or incident as the kind.</translation>
    </message>
    <message>
        <source>{n}文字以内で入力してください。</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>タグは合わせて400文字以内にしてください。</source>
        <translation>Tags can be at most 400 characters in total.</translation>
    </message>
    <message>
        <source>ネットワークの区分が正しくありません。</source>
        <translation>The network segment is not valid.</translation>
    </message>
    <message>
        <source>機密性の区分を選んでください。</source>
        <translation>Choose the confidentiality class.</translation>
    </message>
    <message>
        <source>0 以上 {max} 以下の整数で入力してください。</source>
        <translation>Enter a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>分類が見つからないか、使われていません。</source>
        <translation>The category does not exist or is no longer in use.</translation>
    </message>
    <message>
        <source>報告者が職員名簿にありません。</source>
        <translation>The reporter is not in the staff roster.</translation>
    </message>
    <message>
        <source>担当者のユーザーが見つからないか、無効です。</source>
        <translation>The handler&apos;s user account does not exist or is inactive.</translation>
    </message>
    <message>
        <source>重大度が見つからないか、使われていません。</source>
        <translation>The severity does not exist or is no longer in use.</translation>
    </message>
    <message>
        <source>整数で入力してください。</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>{low}から{high}の範囲で入力してください。</source>
        <translation>Enter a value from {low} to {high}.</translation>
    </message>
    <message>
        <source>はい・いいえで指定してください。</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>次のいずれかを選んでください: {c}</source>
        <translation>Choose one of: {c}</translation>
    </message>
    <message>
        <source>個人情報保護委員会へ報告する本人の数（この人数を超えたとき）</source>
        <translation>People affected above which the PPC must be notified</translation>
    </message>
    <message>
        <source>速報の目標（知った日から日数）</source>
        <translation>Target for the preliminary report (days after becoming aware)</translation>
    </message>
    <message>
        <source>確報の期限（知った日から日数）</source>
        <translation>Deadline for the final report (days after becoming aware)</translation>
    </message>
    <message>
        <source>確報の期限・不正の目的のおそれがあるとき（日数）</source>
        <translation>Deadline for the final report when an unlawful purpose is suspected (days)</translation>
    </message>
    <message>
        <source>本人通知の目標（知った日から日数）</source>
        <translation>Target for notifying the people affected (days after becoming aware)</translation>
    </message>
    <message>
        <source>都道府県への報告の対象</source>
        <translation>Cases reported to the prefecture</translation>
    </message>
    <message>
        <source>都道府県への報告の期限（日数）</source>
        <translation>Deadline for the report to the prefecture (days)</translation>
    </message>
    <message>
        <source>CISOへの報告の対象</source>
        <translation>Cases reported to the CISO</translation>
    </message>
    <message>
        <source>CISOへの報告の期限（日数）</source>
        <translation>Deadline for the report to the CISO (days)</translation>
    </message>
    <message>
        <source>特定個人情報を含むときは人数によらず報告義務とする</source>
        <translation>My Number cases must be reported regardless of the number of people</translation>
    </message>
    <message>
        <source>期限間近として表示する日数</source>
        <translation>Days before a deadline to show it as due soon</translation>
    </message>
    <message>
        <source>添付ファイルの上限（MB）</source>
        <translation>Attachment size limit (MB)</translation>
    </message>
    <message>
        <source>団体名</source>
        <translation>Organization name</translation>
    </message>
    <message>
        <source>出力物の取扱区分表示</source>
        <translation>Classification label on outputs</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル</source>
        <translation>Network separation model</translation>
    </message>
    <message>
        <source>無操作で画面をロックするまでの時間（分、0で無効）</source>
        <translation>Lock the screen after idle time (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>不明な設定です: {key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>出力先は .csv か .xlsx のファイル名にしてください。</source>
        <translation>The output must be a .csv or .xlsx file name.</translation>
    </message>
    <message>
        <source>期限超過 {n}日</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>指摘事項・是正処置</source>
        <translation>Findings and corrective actions</translation>
    </message>
    <message>
        <source>未完了なし</source>
        <translation>None open</translation>
    </message>
    <message>
        <source>{mode}（{reason}）</source>
        <translation>{mode} ({reason})</translation>
    </message>
    <message>
        <source>（確認待ち）</source>
        <translation> (awaiting verification)</translation>
    </message>
    <message>
        <source>所属未設定</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <source>異動</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>変更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>変更なし</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>エラー {n}</source>
        <translation>Errors {n}</translation>
    </message>
    <message>
        <source>在職欄は「在職」か「退職」で入力してください（「{v}」）。</source>
        <translation>The status column must be “在職” (active) or “退職” (departed) (found “{v}”).</translation>
    </message>
    <message>
        <source>未登録の所属コード「{code}」です。所属名も入力してください。</source>
        <translation>Department code “{code}” is not registered. Give the department name as well.</translation>
    </message>
    <message>
        <source>職員番号「{n}」が{line}行目と重複しています。</source>
        <translation>Staff number “{n}” duplicates line {line}.</translation>
    </message>
    <message>
        <source>職員番号を入力してください。</source>
        <translation>Enter the staff number.</translation>
    </message>
    <message>
        <source>職員番号は32文字以内で入力してください。</source>
        <translation>The staff number can be at most 32 characters.</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>氏名は100文字以内で入力してください。</source>
        <translation>The name can be at most 100 characters.</translation>
    </message>
    <message>
        <source>フリガナは100文字以内で入力してください。</source>
        <translation>The kana reading can be at most 100 characters.</translation>
    </message>
    <message>
        <source>メールアドレスの形式が正しくありません。</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>役職は100文字以内で入力してください。</source>
        <translation>The title can be at most 100 characters.</translation>
    </message>
    <message>
        <source>他の利用者がこの職員を先に更新しました。</source>
        <translation>Someone else updated this staff member first.</translation>
    </message>
    <message>
        <source>異動日（{day}）は現在の所属の開始日（{start}）より後にしてください。</source>
        <translation>The transfer date ({day}) must be after the start date of the current department ({start}).</translation>
    </message>
    <message>
        <source>この職員番号はすでに登録されています。</source>
        <translation>This staff number is already registered.</translation>
    </message>
    <message>
        <source>職員が見つかりません。</source>
        <translation>Staff member not found.</translation>
    </message>
    <message>
        <source>退職</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>作成</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>無効化</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>有効化</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>書き出し</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>報告書作成</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>ロック中のログイン</source>
        <translation>Login while locked</translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation>Password change</translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>設定</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>記録 {seq} がありません（削除または並べ替えの可能性）</source>
        <translation>Record {seq} is missing (deleted or reordered?)</translation>
    </message>
    <message>
        <source>記録 {seq} の前記録ハッシュが一致しません（削除または並べ替えの可能性）</source>
        <translation>The previous-record hash of record {seq} does not match (deleted or reordered?)</translation>
    </message>
    <message>
        <source>記録 {seq} の内容が書き換えられています</source>
        <translation>The content of record {seq} has been altered</translation>
    </message>
    <message>
        <source>記録 {seq} 以降が失われています（末尾の削除の可能性）</source>
        <translation>Records from {seq} on are missing (deleted from the end?)</translation>
    </message>
    <message>
        <source>他の利用者が同時にこの記録を保存しました。開き直してから保存してください。</source>
        <translation>Someone else saved this record at the same time. Reopen it, then save.</translation>
    </message>
    <message>
        <source>データベースが他の処理によってロックされています。しばらく待ってから、もう一度お試しください。</source>
        <translation>The database is locked by another process. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>データベースが読み取り専用のため保存できません。ファイルの権限を確認してください。</source>
        <translation>Cannot save: the database is read-only. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>ディスクの空き容量が不足しているため保存できませんでした。変更は保存されていません。</source>
        <translation>Not saved: the disk is full. Your changes have not been saved.</translation>
    </message>
    <message>
        <source>このファイルは secdesk のデータベースではないか、壊れています。</source>
        <translation>This file is not a secdesk database, or it is damaged.</translation>
    </message>
    <message>
        <source>データベースファイルを開けません。場所と権限を確認してください。</source>
        <translation>Cannot open the database file. Check its location and permissions.</translation>
    </message>
    <message>
        <source>データベースサーバーに接続できません。サーバーの状態と接続設定を確認してください。</source>
        <translation>Cannot connect to the database server. Check the server and the connection settings.</translation>
    </message>
    <message>
        <source>このデータベースには secdesk 以外の表があります。別のデータベースを指定してください。</source>
        <translation>This database contains tables that are not secdesk&apos;s. Choose another database.</translation>
    </message>
    <message>
        <source>このデータベースは新しい版の secdesk で作られています（スキーマ {revision}）。secdesk を更新してから開いてください。データは変更していません。</source>
        <translation>This database was made by a newer version of secdesk (schema {revision}). Update secdesk, then open it. No data was changed.</translation>
    </message>
    <message>
        <source>作成: {at}&#x3000;作成者: {by}&#x3000;secdesk</source>
        <translation>Created: {at}   By: {by}   secdesk</translation>
    </message>
    <message>
        <source>使用中でも整合性のとれたバックアップを作成し、検証する</source>
        <translation>make and verify a consistent backup, even while the register is in use</translation>
    </message>
    <message>
        <source>バックアップから復元する（検査に合格したときだけ置き換え、元のデータベースは複製を残す）</source>
        <translation>restore from a backup (replaces only if the backup passes every check; keeps a copy of the replaced database)</translation>
    </message>
    <message>
        <source>暗号化バックアップの回復キー（この端末に鍵がないとき）</source>
        <translation>recovery code of an encrypted backup (when this PC does not hold the key)</translation>
    </message>
    <message>
        <source>検査だけ行い、置き換えない</source>
        <translation>check only, replace nothing</translation>
    </message>
    <message>
        <source>台帳を別のデータベースへ移す（SQLite ⇔ PostgreSQL）</source>
        <translation>move the register to another database (SQLite ⇔ PostgreSQL)</translation>
    </message>
    <message>
        <source>移行先（空のデータベース）</source>
        <translation>target (an empty database)</translation>
    </message>
    <message>
        <source>バックアップ暗号鍵の回復キーを表示する（管理者のみ）</source>
        <translation>show the recovery code of the backup key (administrators only)</translation>
    </message>
    <message>
        <source>バックアップを作成し、検証しました: {p}（監査ログ {n} 件、SHA-256 {h}）</source>
        <translation>Backup made and verified: {p} (audit log entries: {n}, SHA-256 {h})</translation>
    </message>
    <message>
        <source>新しい暗号鍵を作成しました。次の回復キーを紙に控え、金庫などに保管してください:</source>
        <translation>A new encryption key was created. Write down this recovery code and keep it in a safe place:</translation>
    </message>
    <message>
        <source>検査に合格しました: スキーマ {r}、監査ログ {n} 件{enc}</source>
        <translation>Checks passed: schema {r}, audit log entries: {n}{enc}</translation>
    </message>
    <message>
        <source>（暗号化）</source>
        <translation> (encrypted)</translation>
    </message>
    <message>
        <source>現在のデータベースは開けます。--user に管理者を指定して復元してください。</source>
        <translation>The current database opens: name an administrator with --user to restore.</translation>
    </message>
    <message>
        <source>移行しました: {t}（{n} 行、監査ログ {e} 件を検証済み）</source>
        <translation>Moved to {t} ({n} rows; audit log entries verified: {e})</translation>
    </message>
    <message>
        <source>この端末にはバックアップの暗号鍵がありません（最初の暗号化バックアップで作成されます）。</source>
        <translation>This PC holds no backup key (it is created by the first encrypted backup).</translation>
    </message>
    <message>
        <source>暗号化された secdesk のバックアップではありません。</source>
        <translation>Not an encrypted secdesk backup.</translation>
    </message>
    <message>
        <source>このバックアップは別の暗号鍵で暗号化されています。作成した端末の鍵か、回復キーを使ってください。</source>
        <translation>This backup was encrypted with another key. Use the key of the PC that made it, or its recovery code.</translation>
    </message>
    <message>
        <source>バックアップが壊れているか、改ざんされています（{n} 番目のブロック）。復元しません。</source>
        <translation>The backup is damaged or has been tampered with (block {n}). Nothing was restored.</translation>
    </message>
    <message>
        <source>バックアップが途中で切れています。復元しません。</source>
        <translation>The backup is truncated. Nothing was restored.</translation>
    </message>
    <message>
        <source>回復キーの形式が正しくありません。</source>
        <translation>The recovery code is not in the right format.</translation>
    </message>
    <message>
        <source>バックアップのデータベースが壊れています: {e}</source>
        <translation>The database in the backup is damaged: {e}</translation>
    </message>
    <message>
        <source>secdesk のバックアップではありません。</source>
        <translation>Not a secdesk backup.</translation>
    </message>
    <message>
        <source>新しい版の secdesk で作られたバックアップです（スキーマ {r}）。</source>
        <translation>This backup was made by a newer secdesk (schema {r}).</translation>
    </message>
    <message>
        <source>バックアップの監査ログに不整合があります（記録 {seq}）。復元しません。</source>
        <translation>The backup&apos;s audit log is inconsistent (entry {seq}). Nothing was restored.</translation>
    </message>
    <message>
        <source>ファイルが見つかりません: {p}</source>
        <translation>File not found: {p}</translation>
    </message>
    <message>
        <source>暗号化されたバックアップです。回復キーを指定してください。</source>
        <translation>This backup is encrypted: give its recovery code.</translation>
    </message>
    <message>
        <source>復元先のデータベースに書き込めません: {e}</source>
        <translation>Cannot write to the database being restored: {e}</translation>
    </message>
    <message>
        <source>移行先のデータベースは空ではありません。空のデータベースを指定してください。</source>
        <translation>The target database is not empty. Name an empty database.</translation>
    </message>
    <message>
        <source>移行後の件数が一致しません: {d}</source>
        <translation>Row counts differ after the move: {d}</translation>
    </message>
    <message>
        <source>移行先の監査ログに不整合があります（記録 {seq}）。</source>
        <translation>The target&apos;s audit log is inconsistent (entry {seq}).</translation>
    </message>
    <message>
        <source>この端末の設定にあるデータベースが見つかりません（{path}）。ファイルが移動・削除されたか、別の端末の設定です。新しい空のデータベースは作成していません。場所を確かめて --db で指定するか、管理者に連絡してください。</source>
        <translation>The database named in this PC&apos;s settings was not found ({path}). The file was moved or deleted, or the setting is another PC&apos;s. No new empty database was created. Check where it is and give it with --db, or ask the administrator.</translation>
    </message>
    <message>
        <source>サーバー名を入力してください。</source>
        <translation>Enter the server name.</translation>
    </message>
    <message>
        <source>データベース名を入力してください。</source>
        <translation>Enter the database name.</translation>
    </message>
    <message>
        <source>接続できました。空のデータベースです（最初の起動で台帳を作成します）。</source>
        <translation>Connected. The database is empty (the register is created at the first start).</translation>
    </message>
    <message>
        <source>接続できましたが、secdesk 以外の表があります。別のデータベースを指定してください。</source>
        <translation>Connected, but the database holds tables of another application. Choose another database.</translation>
    </message>
    <message>
        <source>接続できました。secdesk の台帳です。</source>
        <translation>Connected. This is a secdesk register.</translation>
    </message>
    <message>
        <source>接続できました。secdesk の台帳です（スキーマ {r}、起動時に更新します）。</source>
        <translation>Connected. This is a secdesk register (schema {r}; it will be upgraded at start).</translation>
    </message>
    <message>
        <source>データベースの接続先</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>SQLite（この端末のファイル）</source>
        <translation>SQLite (a file on this PC)</translation>
    </message>
    <message>
        <source>PostgreSQL（共有サーバー）</source>
        <translation>PostgreSQL (shared server)</translation>
    </message>
    <message>
        <source>接続テスト</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>接続できません</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <source>PySide6 {pyside}、Qt {qt}</source>
        <translation>PySide6 {pyside}, Qt {qt}</translation>
    </message>
    <message>
        <source>Qt のモジュール</source>
        <translation>Qt modules</translation>
    </message>
    <message>
        <source>Qt プラグイン {folder}</source>
        <translation>Qt plugins {folder}</translation>
    </message>
    <message>
        <source>{path} に見つかりません</source>
        <translation>not found in {path}</translation>
    </message>
    <message>
        <source>Qt の日本語訳</source>
        <translation>Qt&apos;s Japanese translation</translation>
    </message>
    <message>
        <source>研修・訓練を登録する</source>
        <translation>Register a training course or drill</translation>
    </message>
    <message>
        <source>年度（2026 または 令和8）</source>
        <translation>Fiscal year (2026 or 令和8)</translation>
    </message>
    <message>
        <source>期限日（YYYY-MM-DD）</source>
        <translation>Due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>対象者（既定: 種別による）</source>
        <translation>Who must attend (default: by kind)</translation>
    </message>
    <message>
        <source>新任研修: この日以降の採用者が対象（既定: 年度の初日）</source>
        <translation>New-staff training: staff who joined on or after this day (default: the first day of the fiscal year)</translation>
    </message>
    <message>
        <source>目標受講率（%%、既定 100）</source>
        <translation>Goal completion rate (%%, default 100)</translation>
    </message>
    <message>
        <source>年度の研修・訓練と受講率の一覧</source>
        <translation>List the fiscal year&apos;s training courses and drills with completion rates</translation>
    </message>
    <message>
        <source>e-ラーニングの受講結果（CSV / Excel、Moodle の完了レポート）を取り込む</source>
        <translation>Import e-learning results (CSV / Excel, Moodle completion report)</translation>
    </message>
    <message>
        <source>GoPhish のキャンペーン結果（Results の CSV）を訓練に取り込む</source>
        <translation>Import GoPhish campaign results (the Results CSV) into a drill</translation>
    </message>
    <message>
        <source>研修の年度（既定: 今年度）</source>
        <translation>Fiscal year of the course (default: the current one)</translation>
    </message>
    <message>
        <source>記録済みの受講日・得点と食い違うときはファイルの値で上書きする</source>
        <translation>Where the file disagrees with recorded dates or scores, overwrite them with the file&apos;s values</translation>
    </message>
    <message>
        <source>年度の受講状況を職員・研修ごとに書き出す</source>
        <translation>Export the fiscal year&apos;s attendance by staff member and course</translation>
    </message>
    <message>
        <source>研修の未完了者一覧を書き出す（所属ごとも可）</source>
        <translation>Export the staff who have not completed a course (optionally by department)</translation>
    </message>
    <message>
        <source>所属ごとに分ける（Excel はシート、CSV はファイル）</source>
        <translation>Split by department (sheets in Excel, files for CSV)</translation>
    </message>
    <message>
        <source>研修・訓練の実施状況報告書（PDF）を作成する</source>
        <translation>Create the training and drill report (PDF)</translation>
    </message>
    <message>
        <source>この研修だけの報告書にする</source>
        <translation>Report on this course only</translation>
    </message>
    <message>
        <source>未完了者の一覧を付録に付ける</source>
        <translation>Append the list of staff who have not completed</translation>
    </message>
    <message>
        <source>{fy} の研修 {code}「{title}」を登録しました（{kind}、対象: {rule}、{n} 名、期限 {due}）。</source>
        <translation>Registered course {code} “{title}” for {fy} ({kind}; attendees: {rule}, {n} staff; due {due}).</translation>
    </message>
    <message>
        <source>登録されている研修はありません。</source>
        <translation>No courses registered.</translation>
    </message>
    <message>
        <source>対象 {n} / 完了 {done} / 免除 {exempt} / 受講率 {rate} / 目標未達の所属 {below}</source>
        <translation>Required {n} / done {done} / exempt {exempt} / completion {rate} / departments below goal {below}</translation>
    </message>
    <message>
        <source>{file}: {n} 行を読みました（{enc}、{layout}）。研修 {course}</source>
        <translation>{file}: rows read: {n} ({enc}, {layout}). Course {course}</translation>
    </message>
    <message>
        <source>Moodle の完了レポート</source>
        <translation>Moodle completion report</translation>
    </message>
    <message>
        <source>受講結果</source>
        <translation>Training results</translation>
    </message>
    <message>
        <source>  [食い違い] {line}行目 {number} {name}: 記録 {old}（{old_score}）→ ファイル {new}（{new_score}）</source>
        <translation>  [conflict] line {line} {number} {name}: recorded {old} ({old_score}) → file {new} ({new_score})</translation>
    </message>
    <message>
        <source>  対象者ではない職員の記録 {n} 件も取り込みます。</source>
        <translation>  Records of {n} staff who are not required to attend will also be imported.</translation>
    </message>
    <message>
        <source>  [ほかの研修・スキップ] {list}</source>
        <translation>  [other courses, skipped] {list}</translation>
    </message>
    <message>
        <source>  [名簿にない参加者・スキップ] {line}行目 {who}</source>
        <translation>  [participant not in the roster, skipped] line {line} {who}</translation>
    </message>
    <message>
        <source>食い違いは記録済みの値を残します（上書きするには --take-file-values）。</source>
        <translation>Conflicts keep the recorded values (to overwrite them, use --take-file-values).</translation>
    </message>
    <message>
        <source>取り込みました（新規 {c}、更新 {u}）。</source>
        <translation>Imported (new {c}, updated {u}).</translation>
    </message>
    <message>
        <source>{file}: {n} 行を読みました。訓練 {course}</source>
        <translation>{file}: rows read: {n}. Drill {course}</translation>
    </message>
    <message>
        <source>  [該当なし・スキップ] {line}行目 {address}</source>
        <translation>  [no match, skipped] line {line} {address}</translation>
    </message>
    <message>
        <source>  [複数の職員に該当・スキップ] {line}行目 {address}</source>
        <translation>  [several staff match, skipped] line {line} {address}</translation>
    </message>
    <message>
        <source>報告書（{n} ページ）を作成しました: {path}</source>
        <translation>Report created ({n} pages): {path}</translation>
    </message>
    <message>
        <source>監査 5 件、自己点検の指摘 {n} 件を含む監査の記録を追加しました。</source>
        <translation>Added audit records: 5 audits, including {n} self-inspection findings.</translation>
    </message>
    <message>
        <source>氏名、住所、{doc}の記載事項</source>
        <translation>Names, addresses and the contents of the {doc}</translation>
    </message>
    <message>
        <source>確認の結果、実際に漏えいしていた。</source>
        <translation>Investigation confirmed that data was actually leaked.</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハット {n} 件を登録しました（インシデントへ移行 {p} 件、期限超過のある事案 {o} 件）。</source>
        <translation>Registered {n} incidents and near-misses ({p} promoted to incidents, {o} with overdue duties).</translation>
    </message>
    <message>
        <source>再発防止策の実施を確認し、完了とした。</source>
        <translation>Confirmed the preventive measures were in place and closed the case.</translation>
    </message>
    <message>
        <source>速報を提出</source>
        <translation>Submitted the preliminary report</translation>
    </message>
    <message>
        <source>研修・訓練 {n} 件（今年度と昨年度）、受講記録と訓練結果を登録しました（フォローアップ対象 {f} 名）。</source>
        <translation>Registered {n} training courses and drills (this and last fiscal year) with attendance and drill results ({f} staff assigned follow-up).</translation>
    </message>
    <message>
        <source>CISOへの報告</source>
        <translation>Report to the CISO</translation>
    </message>
    <message>
        <source>個人情報保護委員会への速報</source>
        <translation>Preliminary report to the PPC</translation>
    </message>
    <message>
        <source>個人情報保護委員会への確報</source>
        <translation>Final report to the PPC</translation>
    </message>
    <message>
        <source>本人への通知</source>
        <translation>Notification of the people affected</translation>
    </message>
    <message>
        <source>都道府県への報告</source>
        <translation>Report to the prefecture</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告が必要なとき</source>
        <translation>When a PPC report is required</translation>
    </message>
    <message>
        <source>すべてのインシデント</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>対象としない</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>要配慮個人情報を含む</source>
        <translation>Includes sensitive personal information</translation>
    </message>
    <message>
        <source>財産的被害のおそれ</source>
        <translation>Risk of financial harm</translation>
    </message>
    <message>
        <source>不正の目的のおそれ</source>
        <translation>Unlawful purpose suspected</translation>
    </message>
    <message>
        <source>本人の数 {n}名（{t}名超）</source>
        <translation>{n} people affected (more than {t})</translation>
    </message>
    <message>
        <source>特定個人情報（マイナンバー）を含む</source>
        <translation>Includes My Number (specific personal information)</translation>
    </message>
    <message>
        <source>インシデント</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>特定個人情報（マイナンバー）を含む事案です。番号法に基づく報告の要否と重大事態への該当を確認してください。</source>
        <translation>This case involves My Number (specific personal information). Check whether a report is needed under the My Number Act and whether it is a serious case.</translation>
    </message>
    <message>
        <source>全職員必須</source>
        <translation>All-staff mandatory</translation>
    </message>
    <message>
        <source>上級（システム保有所属）</source>
        <translation>Advanced (system owners)</translation>
    </message>
    <message>
        <source>新任</source>
        <translation>New staff</translation>
    </message>
    <message>
        <source>標的型攻撃メール訓練</source>
        <translation>Phishing drill</translation>
    </message>
    <message>
        <source>全職員</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>情報システム保有所属の職員</source>
        <translation>Staff of system-owning departments</translation>
    </message>
    <message>
        <source>指定日以降の採用者</source>
        <translation>Joined on or after a date</translation>
    </message>
    <message>
        <source>個別に指定した職員</source>
        <translation>Individually chosen staff</translation>
    </message>
    <message>
        <source>未完了</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>免除</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>未送信</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>送信</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>開封</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>クリック</source>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>情報入力</source>
        <translation>Submitted data</translation>
    </message>
    <message>
        <source>対象に追加</source>
        <translation>Add as attendee</translation>
    </message>
    <message>
        <source>対象から除外</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>経過の記録</source>
        <translation>Add progress note</translation>
    </message>
    <message>
        <source>是正処置の確認（確認済）</source>
        <translation>Verify corrective action</translation>
    </message>
    <message>
        <source>{plan}
担当: {dept} {owner}&#x3000;完了日: {day}</source>
        <translation>{plan}
Owner: {dept} {owner} · Done on: {day}</translation>
    </message>
    <message>
        <source>確認済にする (Ctrl+S)</source>
        <translation>Mark as verified (Ctrl+S)</translation>
    </message>
    <message>
        <source>リスクの受容</source>
        <translation>Accept risk</translation>
    </message>
    <message>
        <source>監査の編集</source>
        <translation>Edit audit</translation>
    </message>
    <message>
        <source>監査の登録</source>
        <translation>New audit</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>前年度の監査から複写</source>
        <translation>Copy from last year&apos;s audit</translation>
    </message>
    <message>
        <source>指摘事項 {n}</source>
        <translation>Finding {n}</translation>
    </message>
    <message>
        <source>指摘事項の登録</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>{n}（{y}年度・{r}・{s}）{t}</source>
        <translation>{n} (FY{y}, {r}, {s}) {t}</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>担当所属</source>
        <translation>Owner department</translation>
    </message>
    <message>
        <source>担当者</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>是正処置の一覧</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>是正処置を追加…</source>
        <translation>Add corrective action…</translation>
    </message>
    <message>
        <source>是正処置を開く…</source>
        <translation>Open corrective action…</translation>
    </message>
    <message>
        <source>状態: {s}&#x3000;次の期限: {d}&#x3000;是正処置: {n} 件</source>
        <translation>Status: {s} · Next due: {d} · Corrective actions: {n}</translation>
    </message>
    <message>
        <source>{n}（{y}年度・{s}）</source>
        <translation>{n} (FY{y}, {s})</translation>
    </message>
    <message>
        <source>（この指摘）</source>
        <translation> (this finding)</translation>
    </message>
    <message>
        <source>再発の履歴: {c}</source>
        <translation>Recurrence history: {c}</translation>
    </message>
    <message>
        <source>状態を変更…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>インシデントへ移行…</source>
        <translation>Promote to incident…</translation>
    </message>
    <message>
        <source>報告書 (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>状態: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>次の期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>移行元: {ref}</source>
        <translation>Promoted from: {ref}</translation>
    </message>
    <message>
        <source>移行先: {ref}</source>
        <translation>Promoted to: {ref}</translation>
    </message>
    <message>
        <source>取消理由: {r}</source>
        <translation>Reason for withdrawal: {r}</translation>
    </message>
    <message>
        <source>ヒヤリハットには報告義務はありません（インシデントへ移行すると判定します）。</source>
        <translation>Near-misses carry no reporting duty (it is assessed when one is promoted to an incident).</translation>
    </message>
    <message>
        <source>&lt;b&gt;個人情報保護委員会への報告が必要です&lt;/b&gt;（{why}）。速報・確報・本人通知の期限は保存すると「報告義務」のタブに表示されます。</source>
        <translation>&lt;b&gt;A report to the Personal Information Protection Commission (PPC) is required&lt;/b&gt; ({why}). Once saved, the deadlines for the preliminary and final reports and for notifying the people affected appear on the “Reporting duties” tab.</translation>
    </message>
    <message>
        <source>現在の内容では、個人情報保護委員会への報告の要件に該当しません。</source>
        <translation>As it stands, the case does not meet the criteria for a report to the PPC.</translation>
    </message>
    <message>
        <source>先に変更を保存してください（Ctrl+S）。</source>
        <translation>Save your changes first (Ctrl+S).</translation>
    </message>
    <message>
        <source>{ref} をインシデントへ移行しますか? 新しい番号のインシデントを作り、このヒヤリハットは履歴とともに残ります。</source>
        <translation>Promote {ref} to an incident? A new incident with its own number is created; this near-miss stays, with its history.</translation>
    </message>
    <message>
        <source>インシデント報告書</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>報告書を作成しています…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>対応経過の記録 — {ref}</source>
        <translation>Timeline entry — {ref}</translation>
    </message>
    <message>
        <source>状態の変更 — {ref}</source>
        <translation>Change status — {ref}</translation>
    </message>
    <message>
        <source>現在の状態: {s}</source>
        <translation>Current status: {s}</translation>
    </message>
    <message>
        <source>取消の理由を入力してください。</source>
        <translation>Enter the reason for the withdrawal.</translation>
    </message>
    <message>
        <source>電子メール</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>郵送</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>郵送・電話</source>
        <translation>Post and phone</translation>
    </message>
    <message>
        <source>報告義務の実施 — {duty}</source>
        <translation>Reporting duty done — {duty}</translation>
    </message>
    <message>
        <source>{duty}&#x3000;期限: {due}&#x3000;根拠: {basis}</source>
        <translation>{duty} · Due: {due} · Basis: {basis}</translation>
    </message>
    <message>
        <source>関係機関への連絡 — {ref}</source>
        <translation>Notification to an outside body — {ref}</translation>
    </message>
    <message>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>報告期限の設定</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットの取り込み</source>
        <translation>Import incidents and near-misses</translation>
    </message>
    <message>
        <source>「一覧を書き出し」と同じ列の CSV または Excel ファイルを選んでください（UTF-8 / Shift_JIS は自動判別）。必須の列は 種別・件名・発見日時 です。番号のない行には新しい番号を付けます。誤りのある行が1行でもあれば、そのままでは何も取り込みません。</source>
        <translation>Choose a CSV or Excel file with the same columns as “Export list” (UTF-8 / Shift_JIS detected automatically). The columns 種別 (kind), 件名 (title) and 発見日時 (discovered) are required. Rows without a number get a new one. If even one row has an error, nothing is imported as it stands.</translation>
    </message>
    <message>
        <source>誤りのある行を除いて、正しい行だけを取り込む</source>
        <translation>Skip the rows with errors and import only the valid rows</translation>
    </message>
    <message>
        <source>取り込むファイル</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>取り込めない行が {n} 件あります（このままでは何も取り込みません）:</source>
        <translation>Rows that cannot be imported: {n} (as it stands, nothing will be imported):</translation>
    </message>
    <message>
        <source>{n} 件を取り込みました。</source>
        <translation>Imported {n} records.</translation>
    </message>
    <message>
        <source>分類と重大度</source>
        <translation>Categories and severities</translation>
    </message>
    <message>
        <source>重大度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>順位</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>説明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>分類（2階層）。小分類は、選んだ大分類の下に追加します。</source>
        <translation>Categories (two levels). A subcategory is added under the selected category.</translation>
    </message>
    <message>
        <source>大分類を追加…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <source>小分類を追加…</source>
        <translation>Add subcategory…</translation>
    </message>
    <message>
        <source>使用停止 / 再開</source>
        <translation>Retire / restore</translation>
    </message>
    <message>
        <source>重大度（順位の大きいほど重大）</source>
        <translation>Severities (higher rank = more serious)</translation>
    </message>
    <message>
        <source>重大度を追加…</source>
        <translation>Add severity…</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>使用停止</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>大分類を追加</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>大分類の名前</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>小分類を追加</source>
        <translation>Add subcategory</translation>
    </message>
    <message>
        <source>小分類の名前</source>
        <translation>Subcategory name</translation>
    </message>
    <message>
        <source>重大度を追加</source>
        <translation>Add severity</translation>
    </message>
    <message>
        <source>重大度の名前</source>
        <translation>Severity name</translation>
    </message>
    <message>
        <source>ヒヤリハット・インシデントの登録</source>
        <translation>Report a near-miss or incident</translation>
    </message>
    <message>
        <source>（使用停止）</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <source>件名・概要・原因・対策・対応経過を検索（2文字から、全角半角を問わず）</source>
        <translation>Search titles, summaries, causes, measures and timelines (2+ characters; full-/half-width alike)</translation>
    </message>
    <message>
        <source>種別</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>ネットワーク</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>{label}で絞り込み</source>
        <translation>Filter by {label}</translation>
    </message>
    <message>
        <source>期限超過のみ</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>解除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>追加の絞り込みを解除</source>
        <translation>Clear the extra filters</translation>
    </message>
    <message>
        <source>ヒヤリハットを登録 (Ctrl+N)</source>
        <translation>Report near-miss (Ctrl+N)</translation>
    </message>
    <message>
        <source>インシデントを登録</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <source>取り込み…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>一覧を書き出し…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>報告期限の設定…</source>
        <translation>Reporting deadlines…</translation>
    </message>
    <message>
        <source>分類・重大度…</source>
        <translation>Categories and severities…</translation>
    </message>
    <message>
        <source>対応中（未完了）</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>すべての分類</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>すべてのネットワーク</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>すべての重大度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>{y}年{m}月に発見</source>
        <translation>Discovered in {m}/{y}</translation>
    </message>
    <message>
        <source>期限まで{n}日以内</source>
        <translation>Due within {n} days</translation>
    </message>
    <message>
        <source>報告義務のある事案</source>
        <translation>Cases with reporting duties</translation>
    </message>
    <message>
        <source>{duty}の対象</source>
        <translation>{duty} required</translation>
    </message>
    <message>
        <source>絞り込み: {f}</source>
        <translation>Filter: {f}</translation>
    </message>
    <message>
        <source>{ref}「{title}」を登録しました。</source>
        <translation>Registered {ref} “{title}”.</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハット一覧の書き出し</source>
        <translation>Export incidents and near-misses</translation>
    </message>
    <message>
        <source>年度(&amp;Y)</source>
        <translation>Fiscal &amp;year</translation>
    </message>
    <message>
        <source>研修を追加 (Ctrl+N)</source>
        <translation>Add course (Ctrl+N)</translation>
    </message>
    <message>
        <source>研修を編集…</source>
        <translation>Edit course…</translation>
    </message>
    <message>
        <source>研修を取消…</source>
        <translation>Withdraw course…</translation>
    </message>
    <message>
        <source>年度の受講状況を書き出し…</source>
        <translation>Export the year&apos;s attendance…</translation>
    </message>
    <message>
        <source>報告書（PDF）…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>研修コード・研修名で検索</source>
        <translation>Search by course code or title</translation>
    </message>
    <message>
        <source>左の一覧から研修を選んでください。</source>
        <translation>Select a course in the list on the left.</translation>
    </message>
    <message>
        <source>職員番号で記録… (F2)</source>
        <translation>Record by staff number… (F2)</translation>
    </message>
    <message>
        <source>所属の名簿で記録…</source>
        <translation>Record from department roster…</translation>
    </message>
    <message>
        <source>受講結果の取り込み…</source>
        <translation>Import results…</translation>
    </message>
    <message>
        <source>GoPhish 結果の取り込み…</source>
        <translation>Import GoPhish results…</translation>
    </message>
    <message>
        <source>所属別の受講状況</source>
        <translation>Completion by department</translation>
    </message>
    <message>
        <source>対象者・未完了者</source>
        <translation>Attendees and outstanding</translation>
    </message>
    <message>
        <source>日程</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>訓練結果</source>
        <translation>Drill results</translation>
    </message>
    <message>
        <source>送信 {sent:,} 名&#x3000;開封率 {opened}&#x3000;クリック率 {clicked}&#x3000;報告率 {reported}</source>
        <translation>Sent {sent:,} · opened {opened} · clicked {clicked} · reported {reported}</translation>
    </message>
    <message>
        <source>結果はまだ取り込まれていません（GoPhish 結果の取り込み）。</source>
        <translation>No results imported yet (Import GoPhish results).</translation>
    </message>
    <message>
        <source>{kind}・実施日 {day}</source>
        <translation>{kind} · held on {day}</translation>
    </message>
    <message>
        <source>期限まであと {n} 日</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>期限を {n} 日過ぎています</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>{kind}・対象: {rule}・期限日 {due}（{days}）</source>
        <translation>{kind} · attendees: {rule} · due {due} ({days})</translation>
    </message>
    <message>
        <source>受講率 {rate}</source>
        <translation>Completion {rate}</translation>
    </message>
    <message>
        <source>完了 {done:,} / 対象 {due:,} 名（免除 {exempt:,}）&#x3000;目標 {target}%&#x3000;目標未達の所属 {below}</source>
        <translation>Done {done:,} of {due:,} (exempt {exempt:,}) · goal {target}% · departments below goal {below}</translation>
    </message>
    <message>
        <source>回答済</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>回答中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>未回答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>回答率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>回答済 / 対象</source>
        <translation>Done / total</translation>
    </message>
    <message>
        <source>最終回答</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>所属ごとの回答状況</source>
        <translation>Answers by department</translation>
    </message>
    <message>
        <source>自己点検(&amp;S)</source>
        <translation>&amp;Self-inspection</translation>
    </message>
    <message>
        <source>回答を入力・表示 (Enter)</source>
        <translation>Enter / view answers (Enter)</translation>
    </message>
    <message>
        <source>回答用シートの書き出し…</source>
        <translation>Export answer sheets…</translation>
    </message>
    <message>
        <source>回答の取り込み…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <source>「いいえ」から指摘事項を作成</source>
        <translation>Create findings from “No” answers</translation>
    </message>
    <message>
        <source>回答率 {rate}（{a} / {e} 項目）&#x3000;未回答の所属 {w} / {n}</source>
        <translation>Answer rate {rate} ({a} of {e} items) · departments yet to answer: {w} of {n}</translation>
    </message>
    <message>
        <source>「いいえ」から指摘事項を作成（{n} 件）</source>
        <translation>Create findings from “No” answers ({n})</translation>
    </message>
    <message>
        <source>回答用シートの書き出し</source>
        <translation>Export answer sheets</translation>
    </message>
    <message>
        <source>「いいえ」の回答ごとに指摘事項（評価: 指摘）を作成します。よろしいですか?</source>
        <translation>A finding (rating: finding) will be created for each “No” answer. Continue?</translation>
    </message>
    <message>
        <source>指摘事項を {n} 件作成しました。</source>
        <translation>Created {n} findings.</translation>
    </message>
    <message>
        <source>自己点検の回答&#x3000;{d}</source>
        <translation>Self-inspection answers – {d}</translation>
    </message>
    <message>
        <source>項目番号</source>
        <translation>Item no.</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>コメント</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{code} の回答</source>
        <translation>Answers of {code}</translation>
    </message>
    <message>
        <source>（未回答）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>この自己点検は「{s}」のため、回答は表示のみです。</source>
        <translation>This self-inspection is “{s}”, so the answers are read-only.</translation>
    </message>
    <message>
        <source>回答 {a} / {n} 項目</source>
        <translation>Answered {a} of {n} items</translation>
    </message>
    <message>
        <source>&#x3000;未回答の項目があります</source>
        <translation> · some items are unanswered</translation>
    </message>
    <message>
        <source>研修の取消</source>
        <translation>Withdraw course</translation>
    </message>
    <message>
        <source>{course} を取り消します。理由を入力してください（受講記録は残ります）。</source>
        <translation>Withdrawing {course}. Enter the reason (attendance records are kept).</translation>
    </message>
    <message>
        <source>{s} の日程を取り消しますか?</source>
        <translation>Withdraw the session on {s}?</translation>
    </message>
    <message>
        <source>日程の取消</source>
        <translation>Withdraw session</translation>
    </message>
    <message>
        <source>{n} 名をフォローアップ研修の対象にしました。</source>
        <translation>Assigned the follow-up training to {n} staff.</translation>
    </message>
    <message>
        <source>年度の受講状況の書き出し</source>
        <translation>Export the year&apos;s attendance</translation>
    </message>
    <message>
        <source>未完了者一覧の書き出し</source>
        <translation>Export outstanding staff</translation>
    </message>
    <message>
        <source>研修・訓練の報告書</source>
        <translation>Training and drill report</translation>
    </message>
    <message>
        <source>研修の編集</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>研修の追加</source>
        <translation>Add course</translation>
    </message>
    <message>
        <source>（すべての雇用区分）</source>
        <translation>(all employment types)</translation>
    </message>
    <message>
        <source>日程の編集</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>日程の追加</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>対象者の個別指定</source>
        <translation>Individual attendee settings</translation>
    </message>
    <message>
        <source>職員番号「{n}」の職員は登録されていません。</source>
        <translation>No staff member with staff number “{n}” is registered.</translation>
    </message>
    <message>
        <source>フォローアップ研修の割り当て</source>
        <translation>Assign follow-up training</translation>
    </message>
    <message>
        <source>割り当てる (Ctrl+S)</source>
        <translation>Assign (Ctrl+S)</translation>
    </message>
    <message>
        <source>新しい研修を作成…</source>
        <translation>Create a new course…</translation>
    </message>
    <message>
        <source>標的型攻撃メール訓練 フォローアップ研修</source>
        <translation>Phishing drill follow-up training</translation>
    </message>
    <message>
        <source>割り当てる研修を選んでください。</source>
        <translation>Choose the course to assign.</translation>
    </message>
    <message>
        <source>受講日</source>
        <translation>Date attended</translation>
    </message>
    <message>
        <source>（日程を指定しない）</source>
        <translation>(no particular session)</translation>
    </message>
    <message>
        <source>受講日(&amp;D)</source>
        <translation>&amp;Date attended</translation>
    </message>
    <message>
        <source>日程(&amp;S)</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>職員番号で受講を記録 — {course}</source>
        <translation>Record attendance by staff number — {course}</translation>
    </message>
    <message>
        <source>職員番号を入力（または読み取り）して Enter</source>
        <translation>Type (or scan) a staff number and press Enter</translation>
    </message>
    <message>
        <source>職員番号(&amp;N)</source>
        <translation>Staff &amp;number</translation>
    </message>
    <message>
        <source>全角の数字でも入力できます。</source>
        <translation>Full-width digits are accepted too.</translation>
    </message>
    <message>
        <source>入力の結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>この画面で入力した職員</source>
        <translation>Staff entered in this window</translation>
    </message>
    <message>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>直前の記録を取り消す (Ctrl+Z)</source>
        <translation>Undo last record (Ctrl+Z)</translation>
    </message>
    <message>
        <source>取り消せる記録はありません。</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>入力の取り消し</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>直前の記録を取り消しました。</source>
        <translation>The last record was undone.</translation>
    </message>
    <message>
        <source>この画面で記録した人数: {n} 名</source>
        <translation>Recorded in this window: {n}</translation>
    </message>
    <message>
        <source>所属の名簿で受講を記録 — {course}</source>
        <translation>Record attendance from a department roster — {course}</translation>
    </message>
    <message>
        <source>所属(&amp;B)</source>
        <translation>Depart&amp;ment</translation>
    </message>
    <message>
        <source>所属の対象者（受講した職員にチェック）</source>
        <translation>Attendees in the department (tick those who attended)</translation>
    </message>
    <message>
        <source>未完了の全員にチェック</source>
        <translation>Tick everyone outstanding</translation>
    </message>
    <message>
        <source>記録する (Ctrl+S)</source>
        <translation>Record (Ctrl+S)</translation>
    </message>
    <message>
        <source>{status}（{day}）</source>
        <translation>{status} ({day})</translation>
    </message>
    <message>
        <source>新たに記録する人数: {n} 名</source>
        <translation>To be recorded: {n}</translation>
    </message>
    <message>
        <source>研修の受講履歴 — {name}</source>
        <translation>Training history — {name}</translation>
    </message>
    <message>
        <source>（退職）</source>
        <translation> (departed)</translation>
    </message>
    <message>
        <source>コード</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>研修名</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>期限日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>所属（期限日時点）</source>
        <translation>Dept. on due date</translation>
    </message>
    <message>
        <source>完了日</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>得点・結果</source>
        <translation>Score / result</translation>
    </message>
    <message>
        <source>個別の指定</source>
        <translation>Individual setting</translation>
    </message>
    <message>
        <source>研修の受講履歴</source>
        <translation>Training history</translation>
    </message>
    <message>
        <source>対象外</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>この職員が対象の研修・訓練はまだありません。</source>
        <translation>No training courses or drills for this staff member yet.</translation>
    </message>
    <message>
        <source>選択中の所属（{d}）だけ</source>
        <translation>Only the selected department ({d})</translation>
    </message>
    <message>
        <source>研修・訓練の報告書（PDF）</source>
        <translation>Training and drill report (PDF)</translation>
    </message>
    <message>
        <source>（表示なし）</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <source>年度のすべての研修・訓練</source>
        <translation>All courses and drills of the fiscal year</translation>
    </message>
    <message>
        <source>（この年度の監査はありません）</source>
        <translation>(no audits this fiscal year)</translation>
    </message>
    <message>
        <source>所属(&amp;D)（{n}）</source>
        <translation>&amp;Departments ({n})</translation>
    </message>
    <message>
        <source>選択中の研修だけ（{c}）</source>
        <translation>Only the selected course ({c})</translation>
    </message>
    <message>
        <source>（得点 {s}）</source>
        <translation> (score {s})</translation>
    </message>
    <message>
        <source>受講結果の取り込み</source>
        <translation>Import training results</translation>
    </message>
    <message>
        <source>e-ラーニングの受講結果（職員番号・受講日・得点）や Moodle の完了レポートを選んでください（CSV または Excel、UTF-8 / Shift_JIS は自動判別）。取り込む前に、新しい記録・記録済み・食い違いを確認できます。</source>
        <translation>Choose e-learning results (staff number, completion date, score) or a Moodle completion report (CSV or Excel; UTF-8 / Shift_JIS detected automatically). Before importing you can review new records, those already recorded and conflicts.</translation>
    </message>
    <message>
        <source>ファイルの先頭の行</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>記録済み</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>食い違いはファイルの受講日・得点で上書きする</source>
        <translation>Overwrite conflicts with the file&apos;s dates and scores</translation>
    </message>
    <message>
        <source>Moodle の活動完了レポートとして読み取りました。職員は「ID number」などの識別列で照合し、すべての活動を完了した職員を、最後の活動の完了日で受講とします。</source>
        <translation>Read as Moodle&apos;s activity completion report. Staff are matched by an identity column such as “ID number”; those who completed every activity count as attended, on the day of their last activity.</translation>
    </message>
    <message>
        <source>Moodle のコース完了レポートとして読み取りました。職員は「ID number」などの識別列で照合し、「Course complete」が空欄の行は未完了として扱います。</source>
        <translation>Read as a Moodle course completion report. Staff are matched by an identifier column such as “ID number”; rows with an empty “Course complete” count as not completed.</translation>
    </message>
    <message>
        <source>ファイルの列と項目の対応を確認してください（この対応は次回も使います）。</source>
        <translation>Check which file column goes into which field (this mapping is remembered for next time).</translation>
    </message>
    <message>
        <source>同じ職員の行が {n} 行あります（最初の完了日と最高の得点を使います）。</source>
        <translation>{n} rows repeat a staff member (the earliest completion date and the best score are used).</translation>
    </message>
    <message>
        <source>この研修の対象者ではない職員 {n} 名の記録も取り込みます。</source>
        <translation>Records of {n} staff who are not required for this course will also be imported.</translation>
    </message>
    <message>
        <source>ほかの研修の行は読み飛ばします: {list}</source>
        <translation>Rows of other courses are skipped: {list}</translation>
    </message>
    <message>
        <source>職員名簿にない参加者 {n} 名は読み飛ばします（{names}）。</source>
        <translation>{n} participants not in the staff roster are skipped ({names}).</translation>
    </message>
    <message>
        <source>食い違い</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>欠席→受講</source>
        <translation>Absent → attended</translation>
    </message>
    <message>
        <source>欠席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>{line}行目 {who}</source>
        <translation>line {line} {who}</translation>
    </message>
    <message>
        <source>状況で絞り込み</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>すべての状況</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>免除・対象の個別指定…</source>
        <translation>Exempt / set individually…</translation>
    </message>
    <message>
        <source>対象者を追加…</source>
        <translation>Add attendee…</translation>
    </message>
    <message>
        <source>個別指定を取消</source>
        <translation>Remove individual setting</translation>
    </message>
    <message>
        <source>受講記録を取消…</source>
        <translation>Withdraw attendance…</translation>
    </message>
    <message>
        <source>受講履歴 (Enter)</source>
        <translation>History (Enter)</translation>
    </message>
    <message>
        <source>未完了者一覧を書き出し…</source>
        <translation>Export outstanding staff…</translation>
    </message>
    <message>
        <source>受講記録の取消</source>
        <translation>Withdraw attendance record</translation>
    </message>
    <message>
        <source>取消の理由（記録は削除されず、理由とともに残ります）</source>
        <translation>Reason for withdrawal (the record is not deleted; it is kept with the reason)</translation>
    </message>
    <message>
        <source>目標未達の所属だけ表示</source>
        <translation>Only departments below goal</translation>
    </message>
    <message>
        <source>Enter で、その所属の未完了者を表示します。</source>
        <translation>Press Enter to see the department&apos;s outstanding staff.</translation>
    </message>
    <message>
        <source>上位の所属</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>受講率</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>判定</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>達成</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>目標未達</source>
        <translation>Below goal</translation>
    </message>
    <message>
        <source>目標 {rate}%</source>
        <translation>Goal {rate}%</translation>
    </message>
    <message>
        <source>{n} 所属</source>
        <translation>{n} departments</translation>
    </message>
    <message>
        <source>開催日</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>開始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>受講者</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>研修の日程</source>
        <translation>Course sessions</translation>
    </message>
    <message>
        <source>日程を追加…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>日程を編集…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <source>日程を取消…</source>
        <translation>Withdraw session…</translation>
    </message>
    <message>
        <source>オンライン</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>クリックした職員にフォローアップ研修を割り当て…</source>
        <translation>Assign follow-up training to those who clicked…</translation>
    </message>
    <message>
        <source>開封率</source>
        <translation>Open rate</translation>
    </message>
    <message>
        <source>クリック率</source>
        <translation>Click rate</translation>
    </message>
    <message>
        <source>入力率</source>
        <translation>Submit rate</translation>
    </message>
    <message>
        <source>報告率</source>
        <translation>Report rate</translation>
    </message>
    <message>
        <source>所属別の訓練結果</source>
        <translation>Drill results by department</translation>
    </message>
    <message>
        <source>職員番号・氏名で検索</source>
        <translation>Search by staff number or name</translation>
    </message>
    <message>
        <source>複数の訓練でリンクをクリックした職員（全訓練の通算）</source>
        <translation>Staff who clicked the link in more than one drill (all drills)</translation>
    </message>
    <message>
        <source>率は訓練メールが届いた職員（{sent:,} 名）に対する割合です。所属は実施日時点の所属です。未送信 {unsent:,} 名。</source>
        <translation>Rates are relative to the staff who received the drill email ({sent:,}). Departments are as of the drill date. Not sent: {unsent:,}.</translation>
    </message>
    <message>
        <source>回答の入ったシートがありません。</source>
        <translation>No sheet contains answers.</translation>
    </message>
    <message>
        <source>GoPhish のキャンペーン結果（Results）の CSV ではありません。列 {cols} がありません。</source>
        <translation>Not a GoPhish campaign Results CSV: the columns {cols} are missing.</translation>
    </message>
    <message>
        <source>状態「{v}」は GoPhish の結果の状態ではありません。</source>
        <translation>“{v}” is not a GoPhish result status.</translation>
    </message>
    <message>
        <source>reported は true か false です（「{v}」）。</source>
        <translation>reported must be true or false (found “{v}”).</translation>
    </message>
    <message>
        <source>{col} の日時「{v}」を読めません（RFC 3339 形式）。</source>
        <translation>Cannot read the {col} time “{v}” (RFC 3339 expected).</translation>
    </message>
    <message>
        <source>メールアドレス「{v}」が正しくありません。</source>
        <translation>The email address “{v}” is not valid.</translation>
    </message>
    <message>
        <source>メールアドレス「{v}」が{line}行目と重複しています。</source>
        <translation>The email address “{v}” duplicates line {line}.</translation>
    </message>
    <message>
        <source>「{line}」の区切り（タブ）が多すぎます。</source>
        <translation>“{line}” has too many separators (tabs).</translation>
    </message>
    <message>
        <source>指摘内容</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>リスク</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>改善提言</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>前年度の指摘</source>
        <translation>Earlier finding</translation>
    </message>
    <message>
        <source>是正処置は登録されていません。</source>
        <translation>No corrective actions registered.</translation>
    </message>
    <message>
        <source>1. 監査の概要</source>
        <translation>1. Audit overview</translation>
    </message>
    <message>
        <source>対象所属（{n}）</source>
        <translation>Scope ({n} departments)</translation>
    </message>
    <message>
        <source>2. 評価別の集計</source>
        <translation>2. Findings by rating</translation>
    </message>
    <message>
        <source>3. 自己点検の回答状況</source>
        <translation>3. Self-inspection answers</translation>
    </message>
    <message>
        <source>回答のない所属は赤の太字で示します（状況欄に「未回答」）。</source>
        <translation>Departments that have not answered are shown in bold red (“No answer” in the status column).</translation>
    </message>
    <message>
        <source>対象項目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>{n}. 指摘事項と是正処置</source>
        <translation>{n}. Findings and corrective actions</translation>
    </message>
    <message>
        <source>指摘事項はありません。</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>1. 監査ごとの状況</source>
        <translation>1. Status by audit</translation>
    </message>
    <message>
        <source>3 研修・訓練</source>
        <translation>3 Training and drills</translation>
    </message>
    <message>
        <source>この年度の研修・訓練は登録されていません。</source>
        <translation>No training or drills are registered for this fiscal year.</translation>
    </message>
    <message>
        <source>3.1 研修ごとの受講状況</source>
        <translation>3.1 Completion by course</translation>
    </message>
    <message>
        <source>研修ごとの受講率</source>
        <translation>Completion rate by course</translation>
    </message>
    <message>
        <source>3.2 目標に届かなかった所属</source>
        <translation>3.2 Departments below target</translation>
    </message>
    <message>
        <source>{code} {title}（目標 {rate}%）: {names}</source>
        <translation>{code} {title} (target {rate}%): {names}</translation>
    </message>
    <message>
        <source>3.3 所属別の受講率</source>
        <translation>3.3 Completion rate by department</translation>
    </message>
    <message>
        <source>列は 3.1 の研修コードです。{mark} は目標未達（赤字）、— はその研修の対象者がいない所属です。</source>
        <translation>Columns are the course codes of 3.1. {mark} marks a department below target (in red); — means the course has no staff due in that department.</translation>
    </message>
    <message>
        <source>3.4 標的型攻撃メール訓練</source>
        <translation>3.4 Phishing drills</translation>
    </message>
    <message>
        <source>各率は訓練メールが届いた職員に対する割合です（所属は実施日時点）。</source>
        <translation>Each rate is relative to the staff who received the drill e-mail (department as of the drill date).</translation>
    </message>
    <message>
        <source>4 監査・自己点検</source>
        <translation>4 Audits and self-inspections</translation>
    </message>
    <message>
        <source>4.1 今年度の監査・自己点検</source>
        <translation>4.1 Audits and self-inspections this fiscal year</translation>
    </message>
    <message>
        <source>指摘</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>期限超過の処置</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>この年度の監査・自己点検は登録されていません。</source>
        <translation>No audits or self-inspections are registered for this fiscal year.</translation>
    </message>
    <message>
        <source>4.2 評価・状態別の指摘事項</source>
        <translation>4.2 Findings by rating and status</translation>
    </message>
    <message>
        <source>指摘 {n} 件、うち未完了 {o} 件。前年度以前の指摘で未完了のもの {c} 件。</source>
        <translation>{n} findings, {o} still open. {c} findings from earlier fiscal years are still open.</translation>
    </message>
    <message>
        <source>評価別の指摘事項</source>
        <translation>Findings by rating</translation>
    </message>
    <message>
        <source>完了・対応不要</source>
        <translation>Completed / no action needed</translation>
    </message>
    <message>
        <source>4.3 期限を過ぎた是正処置（{n} 件）</source>
        <translation>4.3 Overdue corrective actions ({n})</translation>
    </message>
    <message>
        <source>超過</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{n}日</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>期限の早い順に {shown} 件を載せています。全件は監査人向けワークブックの「是正処置」シートにあります。</source>
        <translation>The {shown} with the earliest due dates are listed. All are on the “Corrective actions” sheet of the auditor workbook.</translation>
    </message>
    <message>
        <source>期限を過ぎた是正処置はありません。</source>
        <translation>No corrective actions are overdue.</translation>
    </message>
    <message>
        <source>4.4 自己点検の回答状況</source>
        <translation>4.4 Self-inspection responses</translation>
    </message>
    <message>
        <source>この年度の自己点検は登録されていません。</source>
        <translation>No self-inspections are registered for this fiscal year.</translation>
    </message>
    <message>
        <source>回答のない所属</source>
        <translation>Departments that have not responded</translation>
    </message>
    <message>
        <source>2. 所属ごとの是正処置</source>
        <translation>2. Corrective actions by department</translation>
    </message>
    <message>
        <source>処置</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>確認待ち</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <source>所属別の未完了の是正処置（上位{n}所属）</source>
        <translation>Open corrective actions by department (top {n})</translation>
    </message>
    <message>
        <source>うち期限超過</source>
        <translation>of which overdue</translation>
    </message>
    <message>
        <source>単位: 件</source>
        <translation>Unit: cases</translation>
    </message>
    <message>
        <source>3. 未完了の是正処置（期限順）</source>
        <translation>3. Open corrective actions (by due date)</translation>
    </message>
    <message>
        <source>3. 対応が必要な是正処置（期限超過・期限間近・確認待ち、期限順）</source>
        <translation>3. Corrective actions needing attention (overdue, due soon, awaiting verification; by due date)</translation>
    </message>
    <message>
        <source>期限内で対応中の処置は上の表に件数だけを示します。所属ごとの全件は「督促用の所属別一覧」（Excel / CSV）で出力できます。</source>
        <translation>Actions in progress and not yet due are only counted in the table above. The full list per department can be exported as “Reminder lists by department” (Excel / CSV).</translation>
    </message>
    <message>
        <source>期限を過ぎた処置は赤の太字で示します（「期限超過」の表示つき）。</source>
        <translation>Overdue actions are shown in bold red (marked “Overdue”).</translation>
    </message>
    <message>
        <source>期限の状況</source>
        <translation>Due status</translation>
    </message>
    <message>
        <source>指摘番号</source>
        <translation>Finding no.</translation>
    </message>
    <message>
        <source>該当する是正処置はありません。</source>
        <translation>No matching corrective actions.</translation>
    </message>
    <message>
        <source>担当</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>あり</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>No</translation>
    </message>
    <message>
        <source>機密性</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>報告者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>発生日時</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>発見日時（認知）</source>
        <translation>Discovered (became aware)</translation>
    </message>
    <message>
        <source>CSIRTへの報告日時</source>
        <translation>Reported to CSIRT</translation>
    </message>
    <message>
        <source>初動日時</source>
        <translation>Initial response</translation>
    </message>
    <message>
        <source>完了日時</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>タグ</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>取消理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>1. 基本情報</source>
        <translation>1. Basic information</translation>
    </message>
    <message>
        <source>2. 概要</source>
        <translation>2. Summary</translation>
    </message>
    <message>
        <source>目標 {target}</source>
        <translation>Target {target}</translation>
    </message>
    <message>
        <source>（{verdict}）</source>
        <translation> ({verdict})</translation>
    </message>
    <message>
        <source>1 概要</source>
        <translation>1 Summary</translation>
    </message>
    <message>
        <source>目標に対する実績</source>
        <translation>Results against targets</translation>
    </message>
    <message>
        <source>指標</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>実績</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>目標に届かなかった指標は赤字で示し、判定欄に「未達」と記します。</source>
        <translation>Indicators below target are shown in red and marked “Missed” in the verdict column.</translation>
    </message>
    <message>
        <source>地方自治法施行規則の改正（2027年7月1日施行）で求められる取組</source>
        <translation>Measures required by the amended Local Autonomy Act Enforcement Regulations (in force 1 July 2027)</translation>
    </message>
    <message>
        <source>取組</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>今年度の状況</source>
        <translation>This fiscal year</translation>
    </message>
    <message>
        <source>本報告書の章</source>
        <translation>Chapter of this report</translation>
    </message>
    <message>
        <source>件数は発見日の属する年度で数えています。取消した記録は数えず、インシデントへ移行したヒヤリハットはインシデントとして数えます。研修の受講率は期限日時点の所属で、受講率 = 完了 ÷（対象 − 免除）です。</source>
        <translation>Counts are by the fiscal year of the discovery date. Cancelled records are not counted; near misses escalated to incidents count as incidents. Training completion uses each person&apos;s department on the due date: rate = completed ÷ (due − exempt).</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>インシデント 今年度</source>
        <translation>Incidents this FY</translation>
    </message>
    <message>
        <source>前年度</source>
        <translation>Previous FY</translation>
    </message>
    <message>
        <source>ヒヤリハット 今年度</source>
        <translation>Near misses this FY</translation>
    </message>
    <message>
        <source>合計 今年度</source>
        <translation>Total this FY</translation>
    </message>
    <message>
        <source>今年度</source>
        <translation>This FY</translation>
    </message>
    <message>
        <source>2 インシデント・ヒヤリハット</source>
        <translation>2 Incidents and near misses</translation>
    </message>
    <message>
        <source>インシデント {i} 件（前年度 {ib} 件）、ヒヤリハット {n} 件（前年度 {nb} 件）。</source>
        <translation>{i} incidents (previous FY {ib}), {n} near misses (previous FY {nb}).</translation>
    </message>
    <message>
        <source>2.1 月別の件数（発見月）</source>
        <translation>2.1 Count by month (month of discovery)</translation>
    </message>
    <message>
        <source>月別のインシデント</source>
        <translation>Incidents by month</translation>
    </message>
    <message>
        <source>月別のヒヤリハット</source>
        <translation>Near misses by month</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>2.2 分類別の件数</source>
        <translation>2.2 Count by category</translation>
    </message>
    <message>
        <source>分類別（インシデントとヒヤリハットの合計）</source>
        <translation>By category (incidents and near misses)</translation>
    </message>
    <message>
        <source>2.3 ネットワーク別の件数</source>
        <translation>2.3 Count by network</translation>
    </message>
    <message>
        <source>ネットワーク別（合計）</source>
        <translation>By network (total)</translation>
    </message>
    <message>
        <source>2.4 所属別の件数</source>
        <translation>2.4 Count by department</translation>
    </message>
    <message>
        <source>件数の多い所属（上位 {n}）</source>
        <translation>Departments with the most reports (top {n})</translation>
    </message>
    <message>
        <source>2.5 報告義務の実施状況</source>
        <translation>2.5 Reporting obligations</translation>
    </message>
    <message>
        <source>個人情報保護委員会への速報・確報、本人への通知など、今年度のインシデントが負った報告義務です。期限内率 = 期限内に実施 ÷（実施済み ＋ 未実施で期限超過）。</source>
        <translation>The reporting obligations of this fiscal year&apos;s incidents, such as preliminary and final reports to the Personal Information Protection Commission and notices to the persons concerned. On-time rate = done on time ÷ (done + not done and overdue).</translation>
    </message>
    <message>
        <source>今年度のインシデントに報告義務はありません。</source>
        <translation>This fiscal year&apos;s incidents have no reporting obligations.</translation>
    </message>
    <message>
        <source>期限内に実施</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>期限後に実施</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>未実施・期限超過</source>
        <translation>Not done, overdue</translation>
    </message>
    <message>
        <source>未実施・期限前</source>
        <translation>Not done, before due</translation>
    </message>
    <message>
        <source>期限内率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>期限後に実施した報告と、期限を過ぎて未実施の報告（{n} 件）</source>
        <translation>Reports done late and reports not done past their due date ({n})</translation>
    </message>
    <message>
        <source>未実施のものは赤の太字で示します（状況欄に「未実施」）。</source>
        <translation>Reports not done are shown in bold red (“Not done” in the status column).</translation>
    </message>
    <message>
        <source>期限の早い順に {shown} 件を載せています。全 {n} 件は監査人向けワークブックの「報告義務」シートにあります。</source>
        <translation>The {shown} with the earliest due dates are listed. All {n} are on the “Reporting obligations” sheet of the auditor workbook.</translation>
    </message>
    <message>
        <source>付録&#x3000;今年度のインシデント一覧</source>
        <translation>Appendix: incidents of this fiscal year</translation>
    </message>
    <message>
        <source>インシデント {n} 件の一覧です。ヒヤリハット（{m} 件）は件数のみを本文に示し、一件ごとの記録は監査人向けワークブックにあります。</source>
        <translation>The {n} incidents. Near misses ({m}) are counted in the body only; each record is in the auditor workbook.</translation>
    </message>
    <message>
        <source>件数が多いため、重大度の高いもの（同じ重大度では本人の数の多いもの）から {limit} 件を選び、番号順に載せています。</source>
        <translation>As there are many, the {limit} most severe (then the most people affected) are listed in reference order.</translation>
    </message>
    <message>
        <source>今年度のインシデントはありません。</source>
        <translation>No incidents this fiscal year.</translation>
    </message>
    <message>
        <source>発見日</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>本人の数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>不明・該当なし</source>
        <translation>Unknown / none</translation>
    </message>
    <message>
        <source>要配慮個人情報</source>
        <translation>Sensitive personal information</translation>
    </message>
    <message>
        <source>特定個人情報（マイナンバー）</source>
        <translation>My Number (specific personal information)</translation>
    </message>
    <message>
        <source>漏えい等した項目</source>
        <translation>Data items leaked</translation>
    </message>
    <message>
        <source>二次被害の有無</source>
        <translation>Secondary damage</translation>
    </message>
    <message>
        <source>本人への対応</source>
        <translation>Response to the people affected</translation>
    </message>
    <message>
        <source>公表</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告: 必要（{why}）</source>
        <translation>Report to the PPC: required ({why})</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告: 要件に該当しません</source>
        <translation>Report to the PPC: criteria not met</translation>
    </message>
    <message>
        <source>3. 個人情報</source>
        <translation>3. Personal information</translation>
    </message>
    <message>
        <source>4. 原因と対策</source>
        <translation>4. Cause and measures</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>応急措置・対応</source>
        <translation>Immediate response</translation>
    </message>
    <message>
        <source>再発防止策</source>
        <translation>Preventive measures</translation>
    </message>
    <message>
        <source>完了（期限後）</source>
        <translation>Done (late)</translation>
    </message>
    <message>
        <source>5. 報告義務と期限</source>
        <translation>5. Reporting duties and deadlines</translation>
    </message>
    <message>
        <source>備考・根拠</source>
        <translation>Notes / basis</translation>
    </message>
    <message>
        <source>報告義務はありません。</source>
        <translation>No reporting duties.</translation>
    </message>
    <message>
        <source>6. 関係機関への連絡</source>
        <translation>6. Notifications to outside bodies</translation>
    </message>
    <message>
        <source>記録はありません。</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>7. 対応経過</source>
        <translation>7. Timeline</translation>
    </message>
    <message>
        <source>8. 添付ファイル</source>
        <translation>8. Attachments</translation>
    </message>
    <message>
        <source>バイト</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>未達</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>全職員研修の受講率</source>
        <translation>All-staff training completion</translation>
    </message>
    <message>
        <source>完了 {done:,} / 対象 {due:,} 名</source>
        <translation>{done:,} of {due:,} done</translation>
    </message>
    <message>
        <source>目標未達の所属</source>
        <translation>Departments below goal</translation>
    </message>
    <message>
        <source>目標 {rate}%・所属 {n}</source>
        <translation>Goal {rate}% · {n} departments</translation>
    </message>
    <message>
        <source>訓練 {n} 回</source>
        <translation>{n} drills</translation>
    </message>
    <message>
        <source>訓練のクリック率（直近）</source>
        <translation>Drill click rate (latest)</translation>
    </message>
    <message>
        <source>報告率 {rate}</source>
        <translation>Report rate {rate}</translation>
    </message>
    <message>
        <source>研修ごとの受講状況</source>
        <translation>Completion by course</translation>
    </message>
    <message>
        <source>訓練名</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>実施日</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>受講率 = 完了 ÷（対象 − 免除）。所属は期限日（訓練は実施日）時点の所属で数えています。訓練の各率は、訓練メールが届いた職員に対する割合です。</source>
        <translation>Completion = done ÷ (required − exempt). Departments are counted as of the due date (for drills, the drill date). Drill rates are relative to the staff who received the drill email.</translation>
    </message>
    <message>
        <source>種別: {kind}&#x3000;期限日: {due}&#x3000;目標: {target}%&#x3000;対象 {n:,} 名・完了 {done:,} 名・免除 {exempt:,} 名・未完了 {left:,} 名&#x3000;受講率 {rate}</source>
        <translation>Kind: {kind} · Due: {due} · Goal: {target}% · Required {n:,}, done {done:,}, exempt {exempt:,}, outstanding {left:,} · Completion {rate}</translation>
    </message>
    <message>
        <source>所属別の受講率（{due} 時点の所属）</source>
        <translation>Completion by department (departments as of {due})</translation>
    </message>
    <message>
        <source>単位: %</source>
        <translation>Unit: %</translation>
    </message>
    <message>
        <source>実施日: {day}&#x3000;送信 {sent:,} 名（未送信 {unsent:,}）&#x3000;開封率 {opened}・クリック率 {clicked}・入力率 {submitted}・報告率 {reported}</source>
        <translation>Held on: {day} · Sent {sent:,} (not sent {unsent:,}) · open rate {opened}, click rate {clicked}, submit rate {submitted}, report rate {reported}</translation>
    </message>
    <message>
        <source>所属別のクリック率と報告率</source>
        <translation>Click and report rates by department</translation>
    </message>
    <message>
        <source>単位: %（送信数に対する割合）</source>
        <translation>Unit: % (of emails sent)</translation>
    </message>
    <message>
        <source>付録&#x3000;未完了者一覧</source>
        <translation>Appendix: Outstanding staff</translation>
    </message>
    <message>
        <source>{code} {title}（{n:,} 名）</source>
        <translation>{code} {title} ({n:,})</translation>
    </message>
    <message>
        <source>未完了の職員はいません。</source>
        <translation>No staff outstanding.</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>複数の訓練でリンクをクリックした職員: {n} 名（全訓練の通算。個人名は画面の「繰り返しクリックした職員」で確認できます）。</source>
        <translation>Staff who clicked the link in more than one drill: {n} (across all drills; their names are listed on the “Drill results” tab).</translation>
    </message>
    <message>
        <source>是正処置を確認する権限がありません。監査人の場合は、管理者に確認の権限の付与を依頼してください。</source>
        <translation>You may not verify corrective actions. Auditors can ask an administrator for the permission.</translation>
    </message>
    <message>
        <source>「完了」と報告された処置だけを確認できます。</source>
        <translation>Only actions reported as “Done” can be verified.</translation>
    </message>
    <message>
        <source>この処置はすでに確認済みです。</source>
        <translation>This action has already been verified.</translation>
    </message>
    <message>
        <source>リスクを受容する理由を入力してください。</source>
        <translation>Enter the reason for accepting the risk.</translation>
    </message>
    <message>
        <source>承認者を入力してください。</source>
        <translation>Enter who approved it.</translation>
    </message>
    <message>
        <source>承認者は100文字以内で入力してください。</source>
        <translation>The approver can be at most 100 characters.</translation>
    </message>
    <message>
        <source>承認日に未来の日付は入力できません。</source>
        <translation>The approval date cannot be in the future.</translation>
    </message>
    <message>
        <source>この処置はすでに完了（確認済み・リスク受容）しています。</source>
        <translation>This action is already closed (verified or risk accepted).</translation>
    </message>
    <message>
        <source>再開の理由を入力してください。</source>
        <translation>Enter the reason for reopening.</translation>
    </message>
    <message>
        <source>完了していない処置は再開できません。</source>
        <translation>Only closed actions can be reopened.</translation>
    </message>
    <message>
        <source>再開: {r}</source>
        <translation>Reopened: {r}</translation>
    </message>
    <message>
        <source>経過の内容を入力してください。</source>
        <translation>Enter the progress note.</translation>
    </message>
    <message>
        <source>経過は4000文字以内で入力してください。</source>
        <translation>The progress note can be at most 4000 characters.</translation>
    </message>
    <message>
        <source>未来の日付は入力できません。</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>取り消された処置には経過を記録できません。</source>
        <translation>Progress notes cannot be added to a withdrawn action.</translation>
    </message>
    <message>
        <source>取り消された処置は変更できません。</source>
        <translation>A withdrawn action cannot be changed.</translation>
    </message>
    <message>
        <source>他の利用者がこの是正処置を先に更新しました。</source>
        <translation>Someone else updated this corrective action first.</translation>
    </message>
    <message>
        <source>ファイル名がありません。</source>
        <translation>The file name is missing.</translation>
    </message>
    <message>
        <source>空のファイルは証跡にできません。</source>
        <translation>An empty file cannot be evidence.</translation>
    </message>
    <message>
        <source>証跡ファイルは{mb} MB以下にしてください。</source>
        <translation>Evidence files can be at most {mb} MB.</translation>
    </message>
    <message>
        <source>取り消された処置には証跡を追加できません。</source>
        <translation>Evidence cannot be added to a withdrawn action.</translation>
    </message>
    <message>
        <source>証跡ファイル「{name}」の内容が登録時と一致しません（SHA-256 不一致）。データベースの破損か改ざんの可能性があります。</source>
        <translation>The evidence file “{name}” no longer matches what was stored (SHA-256 mismatch). The database may be damaged or tampered with.</translation>
    </message>
    <message>
        <source>最終経過</source>
        <translation>Last note</translation>
    </message>
    <message>
        <source>{n}日超過</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>あと{n}日</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>確認済</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>是正処置が見つかりません。</source>
        <translation>Corrective action not found.</translation>
    </message>
    <message>
        <source>証跡が見つかりません。</source>
        <translation>Evidence not found.</translation>
    </message>
    <message>
        <source>是正処置の内容を入力してください。</source>
        <translation>Enter the corrective action.</translation>
    </message>
    <message>
        <source>担当所属を選んでください。</source>
        <translation>Choose the owner department.</translation>
    </message>
    <message>
        <source>担当所属が見つかりません。</source>
        <translation>Owner department not found.</translation>
    </message>
    <message>
        <source>担当者が見つかりません。</source>
        <translation>Owner not found.</translation>
    </message>
    <message>
        <source>担当者は100文字以内で入力してください。</source>
        <translation>The owner can be at most 100 characters.</translation>
    </message>
    <message>
        <source>期限を入力してください。</source>
        <translation>Enter the due date.</translation>
    </message>
    <message>
        <source>状態は「未着手」「対応中」「完了」から選んでください。</source>
        <translation>Choose “Not started”, “In progress” or “Done” as the status.</translation>
    </message>
    <message>
        <source>完了日に未来の日付は入力できません。</source>
        <translation>The completion date cannot be in the future.</translation>
    </message>
    <message>
        <source>{year}年度 {title}（第{rev}版、{n}項目）</source>
        <translation>FY{year} {title} (revision {rev}, {n} items)</translation>
    </message>
    <message>
        <source>{n} 項目（第{rev}版として登録）、エラー {e} 件</source>
        <translation>{n} items (to be registered as revision {rev}), errors: {e}</translation>
    </message>
    <message>
        <source>チェックリストが見つかりません。</source>
        <translation>Checklist not found.</translation>
    </message>
    <message>
        <source>チェックリスト名は1〜200文字で入力してください。</source>
        <translation>The checklist name must be 1 to 200 characters.</translation>
    </message>
    <message>
        <source>年度が正しくありません。</source>
        <translation>The fiscal year is not valid.</translation>
    </message>
    <message>
        <source>項目の行がありません。</source>
        <translation>There are no item rows.</translation>
    </message>
    <message>
        <source>項目番号が空です。</source>
        <translation>The item number is empty.</translation>
    </message>
    <message>
        <source>項目番号「{code}」が{line}行目と重複しています。</source>
        <translation>Item number “{code}” duplicates line {line}.</translation>
    </message>
    <message>
        <source>監査項目が空です。</source>
        <translation>The audit item is empty.</translation>
    </message>
    <message>
        <source>必須欄は「○」か空欄にしてください（「{v}」）。</source>
        <translation>The required column must be “○” or empty (found “{v}”).</translation>
    </message>
    <message>
        <source>対象所属は「全所属」か「情報システム保有所属」にしてください（「{v}」）。</source>
        <translation>Departments covered must be “all” (全所属) or “systems” (情報システム保有所属) (found “{v}”).</translation>
    </message>
    <message>
        <source>{column}は{n}文字以内にしてください。</source>
        <translation>{column} can be at most {n} characters.</translation>
    </message>
    <message>
        <source>是正処置の期限間近とする日数（期限の何日前から）</source>
        <translation>Days before a corrective action&apos;s due date to show it as due soon</translation>
    </message>
    <message>
        <source>確認（確認済）</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>再開</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>証跡の追加</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>前年度からの複写</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <source>自己点検の回答</source>
        <translation>Self-inspection answers</translation>
    </message>
    <message>
        <source>監査チェックリスト</source>
        <translation>Audit checklist</translation>
    </message>
    <message>
        <source>証跡</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>評価区分</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>フォローアップ一覧</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <source>監査報告書</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>他の利用者がこの記録を先に更新しました。</source>
        <translation>Someone else updated this record first.</translation>
    </message>
    <message>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>処置（完了/全体）</source>
        <translation>Actions (done/all)</translation>
    </message>
    <message>
        <source>未完了の指摘事項</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>件（うち{rating} {n} 件）</source>
        <translation>of which {rating}: {n}</translation>
    </message>
    <message>
        <source> ほか {n} 所属</source>
        <translation> and {n} more departments</translation>
    </message>
    <message>
        <source>{n}件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>インシデントを集計しています…</source>
        <translation>Counting incidents…</translation>
    </message>
    <message>
        <source>研修の受講状況を集計しています…</source>
        <translation>Counting training completion…</translation>
    </message>
    <message>
        <source>監査の指摘事項を集計しています…</source>
        <translation>Counting audit findings…</translation>
    </message>
    <message>
        <source>報告書をレイアウトしています…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>{start} 〜 {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>（年度途中: {day} までの集計）</source>
        <translation> (fiscal year in progress: counted up to {day})</translation>
    </message>
    <message>
        <source>年次情報セキュリティ報告書（{fy}）</source>
        <translation>Annual information security report ({fy})</translation>
    </message>
    <message>
        <source>{fy}&#x3000;{period}
対象: {scope}</source>
        <translation>{fy}&#x3000;{period}
Scope: {scope}</translation>
    </message>
    <message>
        <source>前年度 {n}</source>
        <translation>Previous FY {n}</translation>
    </message>
    <message>
        <source>ヒヤリハットの報告</source>
        <translation>Near-miss reports</translation>
    </message>
    <message>
        <source>前年度 {n}（報告は事故の芽の早期発見）</source>
        <translation>Previous FY {n} (reports catch problems early)</translation>
    </message>
    <message>
        <source>全職員研修が登録されていません</source>
        <translation>No all-staff training is registered</translation>
    </message>
    <message>
        <source>{code} 完了 {done:,} / 対象 {due:,} 名</source>
        <translation>{code} completed {done:,} / due {due:,}</translation>
    </message>
    <message>
        <source>未完了の監査指摘</source>
        <translation>Open audit findings</translation>
    </message>
    <message>
        <source>今年度の指摘 {n}・前年度以前の未完了 {old}</source>
        <translation>Findings this FY {n} · still open from earlier {old}</translation>
    </message>
    <message>
        <source>期限超過の是正処置</source>
        <translation>Overdue corrective actions</translation>
    </message>
    <message>
        <source>今年度の指摘に対する処置</source>
        <translation>Action on this fiscal year&apos;s findings</translation>
    </message>
    <message>
        <source>報告義務の期限内の実施</source>
        <translation>Reporting obligations done on time</translation>
    </message>
    <message>
        <source>対象 {owed}・期限後 {late}・未実施で期限超過 {overdue}</source>
        <translation>Owed {owed} · late {late} · not done and overdue {overdue}</translation>
    </message>
    <message>
        <source>受講率が目標未達の所属</source>
        <translation>Departments below the completion target</translation>
    </message>
    <message>
        <source>0 所属</source>
        <translation>0</translation>
    </message>
    <message>
        <source>回答を終えていない所属 {n}</source>
        <translation>Departments that have not responded: {n}</translation>
    </message>
    <message>
        <source>標的型攻撃メール訓練のクリック率</source>
        <translation>Phishing drill click rate</translation>
    </message>
    <message>
        <source>{code}（{day}）報告率 {rate}</source>
        <translation>{code} ({day}) reporting rate {rate}</translation>
    </message>
    <message>
        <source>研修・訓練の実施</source>
        <translation>Training and drills held</translation>
    </message>
    <message>
        <source>研修 {c} 件・標的型攻撃メール訓練 {d} 回。全職員研修の受講率 {rate}</source>
        <translation>{c} courses · {d} phishing drills. All-staff training completion {rate}</translation>
    </message>
    <message>
        <source>インシデントの報告</source>
        <translation>Incident reporting</translation>
    </message>
    <message>
        <source>インシデント {i} 件・ヒヤリハット {n} 件の報告。報告義務 {owed} 件のうち期限内に実施 {on} 件</source>
        <translation>{i} incidents · {n} near misses reported. {on} of {owed} reporting obligations done on time</translation>
    </message>
    <message>
        <source>監査・自己点検の実施</source>
        <translation>Audits and self-inspections held</translation>
    </message>
    <message>
        <source>{kinds}。指摘 {f} 件（未完了 {o} 件）。自己点検の回答率 {rate}</source>
        <translation>{kinds}. {f} findings ({o} open). Self-inspection response rate {rate}</translation>
    </message>
    <message>
        <source>{kind} {n} 件</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>登録なし</source>
        <translation>None registered</translation>
    </message>
    <message>
        <source>件 ／ {d}日以内に期限 {n} 件</source>
        <translation>({n} more due within {d} days)</translation>
    </message>
    <message>
        <source>自己点検の回答率</source>
        <translation>Self-inspection answer rate</translation>
    </message>
    <message>
        <source>未回答・回答途中の所属 {n} / {total}</source>
        <translation>Departments not done: {n} of {total}</translation>
    </message>
    <message>
        <source>今年度の自己点検は未登録</source>
        <translation>No self-inspection registered this fiscal year</translation>
    </message>
    <message>
        <source>外部監査の J-LIS 報告</source>
        <translation>External audit report to J-LIS</translation>
    </message>
    <message>
        <source>未報告</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル {m}</source>
        <translation>Network separation model {m}</translation>
    </message>
    <message>
        <source>この評価区分はすでにあります。</source>
        <translation>This rating already exists.</translation>
    </message>
    <message>
        <source>評価区分が見つかりません。</source>
        <translation>Rating not found.</translation>
    </message>
    <message>
        <source>評価区分は1〜40文字で入力してください。</source>
        <translation>The rating must be 1 to 40 characters.</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル {m}: 外部監査の J-LIS への報告義務はありません。</source>
        <translation>Network separation model {m}: no duty to report an external audit to J-LIS.</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル {m}: 毎年度の外部監査と J-LIS への報告が必要です。</source>
        <translation>Network separation model {m}: an external audit and a report to J-LIS are required every fiscal year.</translation>
    </message>
    <message>
        <source>{fy}の外部監査は登録されていません。</source>
        <translation> No external audit registered for {fy}.</translation>
    </message>
    <message>
        <source>外部監査 {n} 件、J-LIS へは未報告です。</source>
        <translation> External audits: {n}; not yet reported to J-LIS.</translation>
    </message>
    <message>
        <source>J-LIS へ報告済み（{day}）。</source>
        <translation> Reported to J-LIS ({day}).</translation>
    </message>
    <message>
        <source>監査が見つかりません。</source>
        <translation>Audit not found.</translation>
    </message>
    <message>
        <source>{title}（{year}年度 第{rev}版）</source>
        <translation>{title} (FY{year}, revision {rev})</translation>
    </message>
    <message>
        <source>J-LIS への報告日</source>
        <translation>Reported to J-LIS on</translation>
    </message>
    <message>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>うち{name}</source>
        <translation>of which {name}</translation>
    </message>
    <message>
        <source>完了した指摘</source>
        <translation>Closed findings</translation>
    </message>
    <message>
        <source>未完了の是正処置</source>
        <translation>Open corrective actions</translation>
    </message>
    <message>
        <source>（承認: {who}）</source>
        <translation> (approved by {who})</translation>
    </message>
    <message>
        <source>{kind}結果報告書</source>
        <translation>{kind} report</translation>
    </message>
    <message>
        <source>是正処置フォローアップ状況報告書</source>
        <translation>Corrective action follow-up report</translation>
    </message>
    <message>
        <source>{fy}&#x3000;監査・自己点検の指摘事項と是正処置</source>
        <translation>{fy} – findings and corrective actions from audits and self-inspections</translation>
    </message>
    <message>
        <source>取り消された監査は変更できません。</source>
        <translation>A withdrawn audit cannot be changed.</translation>
    </message>
    <message>
        <source>他の利用者がこの監査を先に更新しました。</source>
        <translation>Someone else updated this audit first.</translation>
    </message>
    <message>
        <source>この監査には指摘事項が {n} 件あるため取り消せません。先に指摘事項を取り消してください。</source>
        <translation>This audit has {n} findings and cannot be withdrawn. Withdraw the findings first.</translation>
    </message>
    <message>
        <source>監査の種別を選んでください。</source>
        <translation>Choose the kind of audit.</translation>
    </message>
    <message>
        <source>状態を選んでください。</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <source>名称を入力してください。</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>名称は200文字以内で入力してください。</source>
        <translation>The name can be at most 200 characters.</translation>
    </message>
    <message>
        <source>監査人の所属は200文字以内で入力してください。</source>
        <translation>The auditor&apos;s organization can be at most 200 characters.</translation>
    </message>
    <message>
        <source>監査人の氏名は100文字以内で入力してください。</source>
        <translation>The auditor&apos;s name can be at most 100 characters.</translation>
    </message>
    <message>
        <source>終了日は開始日以降にしてください。</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>自己点検にはチェックリストを選んでください。</source>
        <translation>Choose a checklist for a self-inspection.</translation>
    </message>
    <message>
        <source>自己点検の対象所属を1つ以上選んでください。</source>
        <translation>Choose at least one department for the self-inspection.</translation>
    </message>
    <message>
        <source>J-LIS への報告日は外部監査にだけ入力できます。</source>
        <translation>A J-LIS report date can only be given for an external audit.</translation>
    </message>
    <message>
        <source>対象所属に見つからない所属があります。</source>
        <translation>Some of the departments covered do not exist.</translation>
    </message>
    <message>
        <source>回答が入力済みのため、チェックリストは変更できません。</source>
        <translation>Answers have been entered, so the checklist cannot be changed.</translation>
    </message>
    <message>
        <source>取り消された指摘事項には是正処置を追加できません。</source>
        <translation>Corrective actions cannot be added to a withdrawn finding.</translation>
    </message>
    <message>
        <source>確認済み・リスク受容済みの処置は変更できません。再開してから変更してください。</source>
        <translation>A verified or risk-accepted action cannot be changed. Reopen it first.</translation>
    </message>
    <message>
        <source>指摘事項が見つかりません。</source>
        <translation>Finding not found.</translation>
    </message>
    <message>
        <source>取り消された指摘事項は変更できません。</source>
        <translation>A withdrawn finding cannot be changed.</translation>
    </message>
    <message>
        <source>他の利用者がこの指摘事項を先に更新しました。</source>
        <translation>Someone else updated this finding first.</translation>
    </message>
    <message>
        <source>監査を選んでください。</source>
        <translation>Choose the audit.</translation>
    </message>
    <message>
        <source>年度の異なる監査には移せません（番号が年度ごとのため）。</source>
        <translation>A finding cannot move to an audit of another fiscal year (numbers run per fiscal year).</translation>
    </message>
    <message>
        <source>件名を入力してください。</source>
        <translation>Enter the title.</translation>
    </message>
    <message>
        <source>件名は200文字以内で入力してください。</source>
        <translation>The title can be at most 200 characters.</translation>
    </message>
    <message>
        <source>評価を選んでください。</source>
        <translation>Choose the rating.</translation>
    </message>
    <message>
        <source>この監査のチェックリストにない項目です。</source>
        <translation>This item is not in the audit&apos;s checklist.</translation>
    </message>
    <message>
        <source>前年度以前の指摘事項を選んでください。</source>
        <translation>Choose a finding from an earlier fiscal year.</translation>
    </message>
    <message>
        <source>対応経過: {e}</source>
        <translation>Timeline: {e}</translation>
    </message>
    <message>
        <source>対応経過: 「{e}」を読めません。</source>
        <translation>Timeline: cannot read “{e}”.</translation>
    </message>
    <message>
        <source>報告義務: {e}</source>
        <translation>Reporting duties: {e}</translation>
    </message>
    <message>
        <source>報告義務: 「{e}」を読めません。</source>
        <translation>Reporting duties: cannot read “{e}”.</translation>
    </message>
    <message>
        <source>関係機関への連絡: {e}</source>
        <translation>Notifications: {e}</translation>
    </message>
    <message>
        <source>関係機関への連絡: 「{e}」を読めません。</source>
        <translation>Notifications: cannot read “{e}”.</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハット&#x3000;{fy}</source>
        <translation>Incidents &amp; near-misses – {fy}</translation>
    </message>
    <message>
        <source>対応中のインシデント</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>次の期限 {due}（超過）</source>
        <translation>Next due {due} (overdue)</translation>
    </message>
    <message>
        <source>次の期限 {due}</source>
        <translation>Next due {due}</translation>
    </message>
    <message>
        <source>期限の迫る報告はありません</source>
        <translation>No reports due</translation>
    </message>
    <message>
        <source>期限を過ぎた報告義務</source>
        <translation>Overdue reporting duties</translation>
    </message>
    <message>
        <source>件の事案</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>期限間近の報告義務</source>
        <translation>Reporting duties due soon</translation>
    </message>
    <message>
        <source>件の事案（{n}日以内）</source>
        <translation>cases (within {n} days)</translation>
    </message>
    <message>
        <source>対応中のヒヤリハット</source>
        <translation>Open near-misses</translation>
    </message>
    <message>
        <source>今年度の{kind}</source>
        <translation>{kind} cases this fiscal year</translation>
    </message>
    <message>
        <source>件（前年度 {n} 件）</source>
        <translation>(last fiscal year: {n})</translation>
    </message>
    <message>
        <source>個人情報保護委員会への報告対象</source>
        <translation>Reportable to the PPC</translation>
    </message>
    <message>
        <source>件（今年度のインシデント）</source>
        <translation>incidents this fiscal year</translation>
    </message>
    <message>
        <source>期限内に行った報告</source>
        <translation>Reports made on time</translation>
    </message>
    <message>
        <source>実施 {n} 件、うち期限後 {late} 件</source>
        <translation>{n} made, {late} late</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>未実施（期限超過 {n}日）</source>
        <translation>Not done (overdue {n} d)</translation>
    </message>
    <message>
        <source>期限後に実施（{n}日後）</source>
        <translation>Done late ({n} d after)</translation>
    </message>
    <message>
        <source>{done}/{owed} 済</source>
        <translation>{done}/{owed} done</translation>
    </message>
    <message>
        <source>超過 {n}</source>
        <translation>Overdue {n}</translation>
    </message>
    <message>
        <source>月別の件数（発見月）</source>
        <translation>Cases by month (month discovered)</translation>
    </message>
    <message>
        <source>（分類なし）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>分類別のインシデントとヒヤリハット</source>
        <translation>Incidents and near-misses by category</translation>
    </message>
    <message>
        <source>ヒヤリハットの多い分類は、事故になる前の警告です</source>
        <translation>Categories with many near-misses are warnings before an accident</translation>
    </message>
    <message>
        <source>（所属なし）</source>
        <translation>(no department)</translation>
    </message>
    <message>
        <source>報告のない所属 {n}（全 {all} 所属）</source>
        <translation>Departments with no reports: {n} of {all}</translation>
    </message>
    <message>
        <source>：ほかに {names}</source>
        <translation>; others: {names}</translation>
    </message>
    <message>
        <source>所属別の報告件数</source>
        <translation>Reports by department</translation>
    </message>
    <message>
        <source>報告件数</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>CSIRTへの報告まで</source>
        <translation>To CSIRT report</translation>
    </message>
    <message>
        <source>初動まで</source>
        <translation>To initial response</translation>
    </message>
    <message>
        <source>完了まで</source>
        <translation>To closure</translation>
    </message>
    <message>
        <source>対応時間の中央値（インシデント・分類別）</source>
        <translation>Median response times (incidents, by category)</translation>
    </message>
    <message>
        <source>発見からの経過時間。件数は集計したインシデント</source>
        <translation>Time since discovery; the count is the incidents included</translation>
    </message>
    <message>
        <source>時間・日</source>
        <translation>hours / days</translation>
    </message>
    <message>
        <source>{h} 時間</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{d} 日</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <source>ヒヤリハット {nm} 件 / インシデント {inc} 件 / エラー {err} 件</source>
        <translation>Near-misses {nm} / incidents {inc} / errors {err}</translation>
    </message>
    <message>
        <source>取り込む行がありません。</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <source>関連・移行元の番号 {refs} が見つかりません。</source>
        <translation>Linked or promoted-from numbers not found: {refs}</translation>
    </message>
    <message>
        <source>記録を書き込んでいます…</source>
        <translation>Writing the records…</translation>
    </message>
    <message>
        <source>検索用の索引を作っています…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>分類名は1〜100文字で入力してください。</source>
        <translation>The category name must be 1 to 100 characters.</translation>
    </message>
    <message>
        <source>上位の分類は第1階層から選んでください。</source>
        <translation>Choose a top-level category as the parent.</translation>
    </message>
    <message>
        <source>同じ名前の分類がすでにあります。</source>
        <translation>A category with this name already exists.</translation>
    </message>
    <message>
        <source>分類が見つかりません。</source>
        <translation>Category not found.</translation>
    </message>
    <message>
        <source>重大度の名前は1〜50文字で入力してください。</source>
        <translation>The severity name must be 1 to 50 characters.</translation>
    </message>
    <message>
        <source>同じ名前の重大度がすでにあります。</source>
        <translation>A severity with this name already exists.</translation>
    </message>
    <message>
        <source>重大度が見つかりません。</source>
        <translation>Severity not found.</translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハットが見つかりません。</source>
        <translation>Incident or near-miss not found.</translation>
    </message>
    <message>
        <source>この操作を行う権限がありません。</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>番号 {ref} の記録が見つかりません。</source>
        <translation>No record numbered {ref}.</translation>
    </message>
    <message>
        <source>記録が見つかりません。</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <source>番号 {n} の指摘事項が見つかりません。</source>
        <translation>No finding with number {n}.</translation>
    </message>
    <message>
        <source>指摘事項 {n} との関連付けを解除しました。</source>
        <translation>Unlinked from finding {n}.</translation>
    </message>
    <message>
        <source>指摘事項 {n}「{t}」と関連付けました。</source>
        <translation>Linked to finding {n} “{t}”.</translation>
    </message>
    <message>
        <source>ヒヤリハット報告書</source>
        <translation>Near-miss report</translation>
    </message>
    <message>
        <source>ファイルから取り込みました（{line}行目）。</source>
        <translation>Imported from a file (line {line}).</translation>
    </message>
    <message>
        <source>{col}: 日時は YYYY-MM-DD HH:MM で入力してください（「{v}」）。</source>
        <translation>{col}: give the date and time as YYYY-MM-DD HH:MM (found “{v}”).</translation>
    </message>
    <message>
        <source>{col}: ○ か空欄（または 1 / 0）で入力してください。</source>
        <translation>{col}: enter ○ or leave it empty (or 1 / 0).</translation>
    </message>
    <message>
        <source>種別: 「ヒヤリハット」か「インシデント」で入力してください。</source>
        <translation>Kind: enter “Near-miss” or “Incident”.</translation>
    </message>
    <message>
        <source>番号: 「2025-INC-0007」の形で入力してください（「{v}」）。</source>
        <translation>Number: use the form “2025-INC-0007” (found “{v}”).</translation>
    </message>
    <message>
        <source>番号: 種別と番号の記号（NM / INC）が合いません。</source>
        <translation>Number: the kind does not match the code in the number (NM / INC).</translation>
    </message>
    <message>
        <source>番号: {ref} はすでに登録されています。</source>
        <translation>Number: {ref} is already registered.</translation>
    </message>
    <message>
        <source>番号: {ref} が{line}行目と重複しています。</source>
        <translation>Number: {ref} duplicates line {line}.</translation>
    </message>
    <message>
        <source>状態: 「{v}」はこの種別の状態ではありません。</source>
        <translation>Status: “{v}” is not a status of this kind.</translation>
    </message>
    <message>
        <source>分類「{v}」が登録されていません。</source>
        <translation>Category “{v}” is not registered.</translation>
    </message>
    <message>
        <source>ネットワーク: 「{v}」は区分にありません。</source>
        <translation>Network: “{v}” is not a segment.</translation>
    </message>
    <message>
        <source>機密性: 3A / 3B / 3C / 2 / 1 のいずれかで入力してください。</source>
        <translation>Confidentiality: enter one of 3A / 3B / 3C / 2 / 1.</translation>
    </message>
    <message>
        <source>本人の数: {rule}</source>
        <translation>People affected: {rule}</translation>
    </message>
    <message>
        <source>所属コード「{v}」が登録されていません。</source>
        <translation>Department code “{v}” is not registered.</translation>
    </message>
    <message>
        <source>職員番号「{v}」が職員名簿にありません。</source>
        <translation>Staff number “{v}” is not in the staff roster.</translation>
    </message>
    <message>
        <source>ユーザー「{v}」が登録されていません。</source>
        <translation>User “{v}” is not registered.</translation>
    </message>
    <message>
        <source>重大度「{v}」が登録されていません。</source>
        <translation>Severity “{v}” is not registered.</translation>
    </message>
    <message>
        <source>{duty}（期限 {due}）: {basis}</source>
        <translation>{duty} (due {due}): {basis}</translation>
    </message>
    <message>
        <source>{duty}の期限 {due}</source>
        <translation>{duty} due {due}</translation>
    </message>
    <message>
        <source>{duty}は不要になりました</source>
        <translation>{duty} no longer required</translation>
    </message>
    <message>
        <source>対応の内容を入力してください。</source>
        <translation>Enter what was done.</translation>
    </message>
    <message>
        <source>20,000文字以内で入力してください。</source>
        <translation>At most 20,000 characters.</translation>
    </message>
    <message>
        <source>方法は50文字以内で入力してください。</source>
        <translation>The method can be at most 50 characters.</translation>
    </message>
    <message>
        <source>報告義務が見つかりません。</source>
        <translation>Reporting duty not found.</translation>
    </message>
    <message>
        <source>{duty}を未完了に戻しました。</source>
        <translation>{duty} set back to pending.</translation>
    </message>
    <message>
        <source>{duty}: {at} {method} {note}</source>
        <translation>{duty}: {at} {method} {note}</translation>
    </message>
    <message>
        <source>連絡先を一覧から選んでください。</source>
        <translation>Choose the body contacted from the list.</translation>
    </message>
    <message>
        <source>連絡した日時を入力してください。</source>
        <translation>Enter when they were contacted.</translation>
    </message>
    <message>
        <source>空のファイルは添付できません。</source>
        <translation>An empty file cannot be attached.</translation>
    </message>
    <message>
        <source>ファイルが大きすぎます（{size} MB、上限 {limit} MB）。</source>
        <translation>The file is too large ({size} MB, limit {limit} MB).</translation>
    </message>
    <message>
        <source>{name}（{size} バイト）を添付しました。</source>
        <translation>Attached {name} ({size} bytes).</translation>
    </message>
    <message>
        <source>添付ファイルが見つかりません。</source>
        <translation>Attachment not found.</translation>
    </message>
    <message>
        <source>添付ファイル {name} の内容が登録時と一致しません（SHA-256 不一致）。</source>
        <translation>The attachment {name} no longer matches what was stored (SHA-256 mismatch).</translation>
    </message>
    <message>
        <source>{name} の添付を取り消しました（理由: {reason}）。</source>
        <translation>Withdrew the attachment {name} (reason: {reason}).</translation>
    </message>
    <message>
        <source>自分自身とは関連付けできません。</source>
        <translation>A record cannot be linked to itself.</translation>
    </message>
    <message>
        <source>すでに関連付けられています。</source>
        <translation>Already linked.</translation>
    </message>
    <message>
        <source>関連付けが見つかりません。</source>
        <translation>Link not found.</translation>
    </message>
    <message>
        <source>{ref} との関連付けを解除しました。</source>
        <translation>Unlinked from {ref}.</translation>
    </message>
    <message>
        <source>{ref}（{title}）と関連付けました。</source>
        <translation>Linked to {ref} ({title}).</translation>
    </message>
    <message>
        <source>対応経過の記録</source>
        <translation>Timeline entry</translation>
    </message>
    <message>
        <source>報告義務の記録</source>
        <translation>Reporting duty done</translation>
    </message>
    <message>
        <source>ファイルの添付</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>関連付けの解除</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>インシデント分類</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <source>添付ファイル</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>変更した項目: {fields}</source>
        <translation>Fields changed: {fields}</translation>
    </message>
    <message>
        <source>「{old}」から「{new}」へは変更できません。</source>
        <translation>Cannot change from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <source>このヒヤリハットはインシデントへ移行できません。</source>
        <translation>This near-miss cannot be promoted to an incident.</translation>
    </message>
    <message>
        <source>インシデント {ref} へ移行しました。{note}</source>
        <translation>Promoted to incident {ref}. {note}</translation>
    </message>
    <message>
        <source>ヒヤリハット {ref} から移行しました。{note}</source>
        <translation>Promoted from near-miss {ref}. {note}</translation>
    </message>
    <message>
        <source>他の利用者が {ref} を先に更新しました。</source>
        <translation>Someone else updated {ref} first.</translation>
    </message>
    <message>
        <source>対応を要する評価区分がありません。評価区分を登録してください。</source>
        <translation>No rating requires action. Register a rating first.</translation>
    </message>
    <message>
        <source>取り消された監査です。</source>
        <translation>This audit has been withdrawn.</translation>
    </message>
    <message>
        <source>自己点検で「いいえ」と回答。</source>
        <translation>Answered “No” in the self-inspection.</translation>
    </message>
    <message>
        <source>所属のコメント: {c}</source>
        <translation>Department&apos;s comment: {c}</translation>
    </message>
    <message>
        <source>所属 {d} / 回答 {n}（変更 {c}、空欄 {b}）/ エラー {e}</source>
        <translation>Departments {d} / answers {n} (changed {c}, blank {b}) / errors {e}</translation>
    </message>
    <message>
        <source>シート「{s}」: {m}</source>
        <translation>Sheet “{s}”: {m}</translation>
    </message>
    <message>
        <source>この監査にはチェックリストがありません。</source>
        <translation>This audit has no checklist.</translation>
    </message>
    <message>
        <source>シート「{s}」は回答の列がないため読み飛ばしました。</source>
        <translation>Skipped sheet “{s}”: it has no answer column.</translation>
    </message>
    <message>
        <source>所属が分かりません（所属コードの列か、シート名に所属コードを）。</source>
        <translation>Unknown department (add a department code column, or start the sheet name with the department code).</translation>
    </message>
    <message>
        <source>所属コード「{c}」は登録されていません。</source>
        <translation>Department code “{c}” is not registered.</translation>
    </message>
    <message>
        <source>所属「{c} {n}」は対象所属ではありません。</source>
        <translation>Department “{c} {n}” is not covered by this audit.</translation>
    </message>
    <message>
        <source>項目番号「{c}」はチェックリストにありません。</source>
        <translation>Item number “{c}” is not in the checklist.</translation>
    </message>
    <message>
        <source>項目「{c}」はこの所属の点検項目ではありません。</source>
        <translation>Item “{c}” does not apply to this department.</translation>
    </message>
    <message>
        <source>回答は「はい」「いいえ」「該当なし」のいずれかにしてください（「{v}」）。</source>
        <translation>The answer must be “Yes”, “No” or “N/A” (found “{v}”).</translation>
    </message>
    <message>
        <source>コメントがありますが、回答が空です。</source>
        <translation>There is a comment but no answer.</translation>
    </message>
    <message>
        <source>コメントは4000文字以内にしてください。</source>
        <translation>The comment can be at most 4000 characters.</translation>
    </message>
    <message>
        <source>所属「{c}」の項目「{i}」の回答が重複しています（{w}）。</source>
        <translation>Department “{c}” answers item “{i}” twice ({w}).</translation>
    </message>
    <message>
        <source>{s}{line}行目</source>
        <translation>{s}line {line}</translation>
    </message>
    <message>
        <source>回答の列（項目番号・回答）があるシートがありません。</source>
        <translation>No sheet has the answer columns (item number, answer).</translation>
    </message>
    <message>
        <source>各所属のシートの「回答」欄に「はい」「いいえ」「該当なし」のいずれかを入力してください。</source>
        <translation>On each department&apos;s sheet, enter “Yes”, “No” or “N/A” in the “回答” (answer) column.</translation>
    </message>
    <message>
        <source>「いいえ」の場合は、理由や今後の対応を「コメント」欄に書いてください。</source>
        <translation>For “No”, write the reason and what will be done in the “コメント” (comment) column.</translation>
    </message>
    <message>
        <source>シート名・所属コード・項目番号は変更しないでください。</source>
        <translation>Do not change the sheet names, department codes or item numbers.</translation>
    </message>
    <message>
        <source>監査番号: {n}</source>
        <translation>Audit number: {n}</translation>
    </message>
    <message>
        <source>記入方法</source>
        <translation>How to fill in</translation>
    </message>
    <message>
        <source>回答を入力できるのは、チェックリストのある自己点検だけです。</source>
        <translation>Answers can only be entered for a self-inspection with a checklist.</translation>
    </message>
    <message>
        <source>この自己点検は「{s}」のため、回答は変更できません。</source>
        <translation>This self-inspection is “{s}”, so the answers cannot be changed.</translation>
    </message>
    <message>
        <source>他の利用者がこの所属の回答を先に更新しました。開き直してから入力してください。</source>
        <translation>Someone else updated this department&apos;s answers first. Reopen them, then enter yours.</translation>
    </message>
    <message>
        <source>この所属は自己点検の対象ではありません。</source>
        <translation>This department is not covered by the self-inspection.</translation>
    </message>
    <message>
        <source>この所属が回答する項目ではありません。</source>
        <translation>This item does not apply to this department.</translation>
    </message>
    <message>
        <source>回答は「はい」「いいえ」「該当なし」から選んでください。</source>
        <translation>Choose “Yes”, “No” or “N/A” as the answer.</translation>
    </message>
    <message>
        <source>受講記録</source>
        <translation>Attendance record</translation>
    </message>
    <message>
        <source>研修対象者の個別指定</source>
        <translation>Individual attendee setting</translation>
    </message>
    <message>
        <source>免除理由</source>
        <translation>Exemption reason</translation>
    </message>
    <message>
        <source>研修の受講状況</source>
        <translation>Course attendance</translation>
    </message>
    <message>
        <source>未受講者一覧</source>
        <translation>Outstanding staff</translation>
    </message>
    <message>
        <source>標的型攻撃メール訓練の結果は GoPhish の結果ファイルから取り込んでください。</source>
        <translation>Import phishing drill results from the GoPhish results file.</translation>
    </message>
    <message>
        <source>受講日を入力してください。</source>
        <translation>Enter the date attended.</translation>
    </message>
    <message>
        <source>受講日に未来の日付は指定できません。</source>
        <translation>The date attended cannot be in the future.</translation>
    </message>
    <message>
        <source>日程が見つかりません。</source>
        <translation>Session not found.</translation>
    </message>
    <message>
        <source>（この研修の対象者ではありません）</source>
        <translation> (not required for this course)</translation>
    </message>
    <message>
        <source>受講済みです（{day} に記録済み）。</source>
        <translation>Already attended (recorded on {day}).</translation>
    </message>
    <message>
        <source>欠席の記録を受講済みに改めました。</source>
        <translation>Changed the absence to attended.</translation>
    </message>
    <message>
        <source>記録しました。</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>この職員の受講記録はありません。</source>
        <translation>No attendance record for this staff member.</translation>
    </message>
    <message>
        <source>受講記録が見つかりません。</source>
        <translation>Attendance record not found.</translation>
    </message>
    <message>
        <source>免除の理由を選んでください。</source>
        <translation>Choose the reason for the exemption.</translation>
    </message>
    <message>
        <source>理由は200文字以内で入力してください。</source>
        <translation>The reason can be at most 200 characters.</translation>
    </message>
    <message>
        <source>この職員への個別の指定はありません。</source>
        <translation>No individual setting for this staff member.</translation>
    </message>
    <message>
        <source>研修の種別を選んでください。</source>
        <translation>Choose the kind of course.</translation>
    </message>
    <message>
        <source>対象者の決め方を選んでください。</source>
        <translation>Choose who must attend.</translation>
    </message>
    <message>
        <source>年度は2000〜2100で入力してください。</source>
        <translation>The fiscal year must be from 2000 to 2100.</translation>
    </message>
    <message>
        <source>研修コードを入力してください。</source>
        <translation>Enter the course code.</translation>
    </message>
    <message>
        <source>研修コードは32文字以内で入力してください。</source>
        <translation>The course code can be at most 32 characters.</translation>
    </message>
    <message>
        <source>この研修コードは同じ年度ですでに使われています。</source>
        <translation>This course code is already used in the same fiscal year.</translation>
    </message>
    <message>
        <source>研修名を入力してください。</source>
        <translation>Enter the course title.</translation>
    </message>
    <message>
        <source>研修名は200文字以内で入力してください。</source>
        <translation>The course title can be at most 200 characters.</translation>
    </message>
    <message>
        <source>期限日を入力してください。</source>
        <translation>Enter the due date.</translation>
    </message>
    <message>
        <source>期限日は{fy}の日付（{first}〜{last}）にしてください。</source>
        <translation>The due date must fall in {fy} ({first} to {last}).</translation>
    </message>
    <message>
        <source>採用日の基準日を入力してください。</source>
        <translation>Enter the cut-off date for joining.</translation>
    </message>
    <message>
        <source>目標受講率は1〜100%で入力してください。</source>
        <translation>The goal completion rate must be 1 to 100%.</translation>
    </message>
    <message>
        <source>備考は2000文字以内で入力してください。</source>
        <translation>The notes can be at most 2000 characters.</translation>
    </message>
    <message>
        <source>研修が見つかりません。</source>
        <translation>Course not found.</translation>
    </message>
    <message>
        <source>取り消された研修には記録できません。</source>
        <translation>Nothing can be recorded for a withdrawn course.</translation>
    </message>
    <message>
        <source>{fy}の研修「{code}」は登録されていません。</source>
        <translation>No course “{code}” is registered for {fy}.</translation>
    </message>
    <message>
        <source>研修「{code}」は {years} にあります。--fiscal-year で年度を指定してください。</source>
        <translation>The course {code} exists in {years}: name the year with --fiscal-year.</translation>
    </message>
    <message>
        <source>他の利用者がこの研修を先に更新しました。</source>
        <translation>Someone else updated this course first.</translation>
    </message>
    <message>
        <source>新規 {new} / 更新 {updated} / 変更なし {same} / 該当なし {unmatched} / エラー {errors}</source>
        <translation>New {new} / updated {updated} / unchanged {same} / no match {unmatched} / errors {errors}</translation>
    </message>
    <message>
        <source>（{stages}）</source>
        <translation> ({stages})</translation>
    </message>
    <message>
        <source> / 報告 {n}</source>
        <translation> / reported {n}</translation>
    </message>
    <message>
        <source>GoPhish の結果は「標的型攻撃メール訓練」の研修にだけ取り込めます。</source>
        <translation>GoPhish results can only be imported into a phishing drill.</translation>
    </message>
    <message>
        <source>標的型攻撃メール訓練ではありません。</source>
        <translation>This is not a phishing drill.</translation>
    </message>
    <message>
        <source>フォローアップには標的型攻撃メール訓練以外の研修を選んでください。</source>
        <translation>For the follow-up, choose a course that is not a phishing drill.</translation>
    </message>
    <message>
        <source>所属（現在）</source>
        <translation>Department (current)</translation>
    </message>
    <message>
        <source>クリック回数</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>受信した訓練</source>
        <translation>Drills received</translation>
    </message>
    <message>
        <source>報告回数</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>クリックした訓練</source>
        <translation>Drills clicked</translation>
    </message>
    <message>
        <source>研修コード</source>
        <translation>Course code</translation>
    </message>
    <message>
        <source>所属コード（期限日時点）</source>
        <translation>Dept. code on due date</translation>
    </message>
    <message>
        <source>免除・個別指定</source>
        <translation>Exemption / individual setting</translation>
    </message>
    <message>
        <source>対象者</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>受講率(%)</source>
        <translation>Completion (%)</translation>
    </message>
    <message>
        <source>目標</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>受講状況</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>所属別集計</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>未受講者</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>新規 {new} / 記録済み（重複なし） {already} / 欠席→受講 {absent} / 食い違い {conflicts} / 未完了の行 {open} / 名簿にない参加者 {unmatched} / エラー {errors}</source>
        <translation>New {new} / already recorded (not duplicated) {already} / absent → attended {absent} / conflicts {conflicts} / rows not completed {open} / participants not in the roster {unmatched} / errors {errors}</translation>
    </message>
    <message>
        <source>{code} {n} 行</source>
        <translation>{code} {n} rows</translation>
    </message>
    <message>
        <source>（研修コードなし）</source>
        <translation>(no course code)</translation>
    </message>
    <message>
        <source>{code}（{year}年度）</source>
        <translation>{code} (FY{year})</translation>
    </message>
    <message>
        <source>状況「{v}」を読めません（「完了」「未完了」「免除」など）。</source>
        <translation>Cannot read the status “{v}” (expected 完了, 未完了, 免除 and the like).</translation>
    </message>
    <message>
        <source>職員番号がありません。</source>
        <translation>The staff number is missing.</translation>
    </message>
    <message>
        <source>メールアドレスがありません。</source>
        <translation>The email address is missing.</translation>
    </message>
    <message>
        <source>「{v}」に該当する職員が登録されていません。</source>
        <translation>No registered staff member matches “{v}”.</translation>
    </message>
    <message>
        <source>受講日「{v}」を日付として読めません。</source>
        <translation>Cannot read the date attended “{v}” as a date.</translation>
    </message>
    <message>
        <source>受講日「{v}」が未来の日付です。</source>
        <translation>The date attended “{v}” is in the future.</translation>
    </message>
    <message>
        <source>得点「{v}」を数として読めません。</source>
        <translation>Cannot read the score “{v}” as a number.</translation>
    </message>
    <message>
        <source>{fy}の研修が登録されていないため、報告書を作成できません。</source>
        <translation>No courses are registered for {fy}, so no report can be made.</translation>
    </message>
    <message>
        <source>研修受講状況報告書&#x3000;{code} {title}</source>
        <translation>Course attendance report – {code} {title}</translation>
    </message>
    <message>
        <source>{fy} 情報セキュリティ研修・訓練 実施状況報告書</source>
        <translation>{fy} Information security training and drill report</translation>
    </message>
    <message>
        <source>開催日を入力してください。</source>
        <translation>Enter the session date.</translation>
    </message>
    <message>
        <source>開始時刻は 13:30 のように入力してください。</source>
        <translation>Give the start time as, for example, 13:30.</translation>
    </message>
    <message>
        <source>会場を入力するか、オンラインを選んでください。</source>
        <translation>Enter a venue or choose online.</translation>
    </message>
    <message>
        <source>会場は200文字以内で入力してください。</source>
        <translation>The venue can be at most 200 characters.</translation>
    </message>
    <message>
        <source>定員は1以上の数で入力してください。</source>
        <translation>The capacity must be 1 or more.</translation>
    </message>
    <message>
        <source>他の利用者がこの日程を先に更新しました。</source>
        <translation>Someone else updated this session first.</translation>
    </message>
    <message>
        <source>免除理由は1〜100文字で入力してください。</source>
        <translation>The exemption reason must be 1 to 100 characters.</translation>
    </message>
    <message>
        <source>免除理由が見つかりません。</source>
        <translation>Exemption reason not found.</translation>
    </message>
    <message>
        <source>完了日・送信日</source>
        <translation>Done / sent on</translation>
    </message>
    <message>
        <source>得点・訓練結果</source>
        <translation>Score / drill result</translation>
    </message>
    <message>
        <source>年次情報セキュリティ報告書（インシデント・研修・監査の1年、PDF）を作る</source>
        <translation>make the annual information security report (a year of incidents, training and audits, PDF)</translation>
    </message>
    <message>
        <source>この所属（下位の所属を含む）だけ。繰り返して複数指定できる</source>
        <translation>only this department (with its sub-departments); repeat for several</translation>
    </message>
    <message>
        <source>個人情報の漏えい等の公表一覧（半期、PDF）を作る</source>
        <translation>make the half-year publication list of personal-information leaks (PDF)</translation>
    </message>
    <message>
        <source>1: 上半期（4月〜9月）、2: 下半期（10月〜3月）</source>
        <translation>1: first half (April–September), 2: second half (October–March)</translation>
    </message>
    <message>
        <source>監査人向けワークブック（台帳ごとのシート）、または --sheet の台帳を CSV で書き出す</source>
        <translation>write the auditor workbook (one sheet per register), or the register given by --sheet as CSV</translation>
    </message>
    <message>
        <source>CSV にする台帳（.csv のとき必須）</source>
        <translation>register to write as CSV (required for .csv)</translation>
    </message>
    <message>
        <source>公表一覧を作成しました（{n} 件）: {path}</source>
        <translation>Publication list made ({n} records): {path}</translation>
    </message>
    <message>
        <source>CSV に書き出すときは --sheet で台帳を指定してください。</source>
        <translation>To write CSV, name the register with --sheet.</translation>
    </message>
    <message>
        <source>出力先は .xlsx か .csv のファイル名にしてください。</source>
        <translation>The output must be a .xlsx or .csv file name.</translation>
    </message>
    <message>
        <source>報告書の一覧</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>{name}（{format}）</source>
        <translation>{name} ({format})</translation>
    </message>
    <message>
        <source>作成…</source>
        <translation>Make…</translation>
    </message>
    <message>
        <source>インシデントの一覧を開く</source>
        <translation>Open the incident list</translation>
    </message>
    <message>
        <source>報告書と書き出しには「書き出し」の権限が必要です（監査人・CSIRT・管理者など）。</source>
        <translation>Reports and exports need the “export” permission (auditors, CSIRT, administrators and others).</translation>
    </message>
    <message>
        <source>作成しています: {path}</source>
        <translation>Making: {path}</translation>
    </message>
    <message>
        <source>{name}を作成しています…</source>
        <translation>Making {name}…</translation>
    </message>
    <message>
        <source>作成しました: {path}
SHA-256: {sha}（監査ログに記録しました）</source>
        <translation>Made: {path}
SHA-256: {sha} (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>作成しました: {path}</source>
        <translation>Made: {path}</translation>
    </message>
    <message>
        <source>作成できませんでした。ファイルは作成していません。</source>
        <translation>Could not make the report. No file was written.</translation>
    </message>
    <message>
        <source>キャンセルしました。ファイルは作成していません。</source>
        <translation>Cancelled. No file was written.</translation>
    </message>
    <message>
        <source>漏えい等の公表一覧（半期）</source>
        <translation>Leak publication list (half-year)</translation>
    </message>
    <message>
        <source>上半期（4月〜9月）</source>
        <translation>First half (April–September)</translation>
    </message>
    <message>
        <source>下半期（10月〜3月）</source>
        <translation>Second half (October–March)</translation>
    </message>
    <message>
        <source>期間は上半期（1）か下半期（2）で指定してください。</source>
        <translation>Give the period as first half (1) or second half (2).</translation>
    </message>
    <message>
        <source>個人情報の漏えい等の公表一覧</source>
        <translation>Publication list of personal-information leaks</translation>
    </message>
    <message>
        <source>{year} {half}（{start} 〜 {end} に発見したもの）</source>
        <translation>{year} {half} (discovered {start} – {end})</translation>
    </message>
    <message>
        <source>{names}（下位の所属を含む）</source>
        <translation>{names} (with sub-departments)</translation>
    </message>
    <message>
        <source>所属コードが見つかりません: {codes}</source>
        <translation>Department code not found: {codes}</translation>
    </message>
    <message>
        <source>選んだ所属が見つかりません。</source>
        <translation>The selected department was not found.</translation>
    </message>
    <message>
        <source>年次情報セキュリティ報告書</source>
        <translation>Annual information security report</translation>
    </message>
    <message>
        <source>監査人向けワークブック</source>
        <translation>Auditor workbook</translation>
    </message>
    <message>
        <source>台帳の CSV</source>
        <translation>Register CSV</translation>
    </message>
    <message>
        <source>CISO・監査委員会へ</source>
        <translation>For the CISO and audit committee</translation>
    </message>
    <message>
        <source>監査人への書き出し</source>
        <translation>Exports for auditors</translation>
    </message>
    <message>
        <source>台帳ごとの報告書</source>
        <translation>Reports per register</translation>
    </message>
    <message>
        <source>CISO・監査委員会向け。インシデント、研修・訓練、監査・自己点検の1年を目標と前年度に照らして示します（PDF）。</source>
        <translation>For the CISO and the audit committee: a year of incidents, training and drills, and audits and self-inspections, set against targets and the previous year (PDF).</translation>
    </message>
    <message>
        <source>個人情報の漏えい等の公表一覧（半期）</source>
        <translation>Leak publication list (half-year)</translation>
    </message>
    <message>
        <source>半年ごとにまとめて公表する一覧です。期間に発見した個人情報の漏えい等（インシデント）の概要、漏えい等した項目、本人の数、原因、本人への対応、公表、再発防止策（PDF）。</source>
        <translation>The list published every half year: for each leak of personal information (incident) discovered in the period, the summary, items leaked, people affected, cause, response to the persons concerned, publication and preventive measures (PDF).</translation>
    </message>
    <message>
        <source>台帳ごとのシート（インシデント、報告義務、研修受講状況、未受講者、指摘事項、是正処置）を1つの Excel ブックに（.xlsx）。</source>
        <translation>One sheet per register (incidents, reporting obligations, training completion, non-completers, findings, corrective actions) in one Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>ワークブックの同じシートを CSV で。ほかのツールでの集計用です。</source>
        <translation>The same sheet as in the workbook, as CSV, for totals in other tools.</translation>
    </message>
    <message>
        <source>研修・訓練 実施状況報告書</source>
        <translation>Training and drill report</translation>
    </message>
    <message>
        <source>研修ごとの所属別受講率と訓練の結果（研修の画面と同じ報告書、PDF）。</source>
        <translation>Completion rate by department for each course and the drill results (the same report as in the training section, PDF).</translation>
    </message>
    <message>
        <source>年度の監査・自己点検の指摘と是正処置の進み具合（PDF）。</source>
        <translation>Findings and the progress of corrective actions of the fiscal year&apos;s audits and self-inspections (PDF).</translation>
    </message>
    <message>
        <source>監査結果報告書</source>
        <translation>Audit result report</translation>
    </message>
    <message>
        <source>1件の監査の結果: 評価別の集計、指摘事項と是正処置（PDF）。</source>
        <translation>The result of one audit: totals by rating, findings and corrective actions (PDF).</translation>
    </message>
    <message>
        <source>インシデント報告書（1件ごと）</source>
        <translation>Incident report (one record)</translation>
    </message>
    <message>
        <source>1件の記録の報告書です。インシデントの画面で記録を開き［報告書］からも作れます。ここでは番号を入力して作成します（PDF）。</source>
        <translation>The report of one record. It can also be made from the incident section: open the record and choose [Report]. Here, enter its reference (PDF).</translation>
    </message>
    <message>
        <source>不明な報告書です: {key}</source>
        <translation>Unknown report: {key}</translation>
    </message>
    <message>
        <source>出力先は .{ext} のファイル名にしてください。</source>
        <translation>The output must be a .{ext} file name.</translation>
    </message>
    <message>
        <source>{sheet} を書き出しています…</source>
        <translation>Writing {sheet}…</translation>
    </message>
    <message>
        <source>この資料について</source>
        <translation>About this document</translation>
    </message>
    <message>
        <source>台帳は次のどれかで指定してください: {keys}</source>
        <translation>Name the register as one of: {keys}</translation>
    </message>
    <message>
        <source>集計しています…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>インシデントの番号を入力してください。</source>
        <translation>Enter the incident reference.</translation>
    </message>
    <message>
        <source>資料</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>取扱区分</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>作成日時</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>作成者</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>シートごとに台帳の記録です。件数は発見日の年度、研修は期限日時点の所属、指摘事項は監査の年度で数えています。</source>
        <translation>One sheet per register. Counts use the fiscal year of the discovery date; training, the department on the due date; findings, the fiscal year of the audit.</translation>
    </message>
    <message>
        <source>記録の状態</source>
        <translation>Record status</translation>
    </message>
    <message>
        <source>根拠</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>未実施（期限前）</source>
        <translation>Not done (before due)</translation>
    </message>
    <message>
        <source>対象外（記録の取消）</source>
        <translation>Not applicable (record cancelled)</translation>
    </message>
    <message>
        <source>研修受講状況</source>
        <translation>Training completion</translation>
    </message>
    <message>
        <source>secdesk - 予期しないエラー</source>
        <translation>secdesk - Unexpected error</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました（参照番号 {ref}）。保存済みのデータは失われていません。同じ操作で繰り返し起きる場合は、参照番号とログの場所（{log}）を管理者に伝えてください。</source>
        <translation>An unexpected error occurred (reference {ref}). Data already saved is not lost. If the same action fails again, tell the administrator the reference and where the log is ({log}).</translation>
    </message>
    <message>
        <source>secdesk</source>
        <translation>secdesk</translation>
    </message>
    <message>
        <source>必須プロファイル</source>
        <translation>a mandatory profile</translation>
    </message>
    <message>
        <source>ログオフ時に削除されるプロファイル</source>
        <translation>a profile deleted at logoff</translation>
    </message>
    <message>
        <source>この PC のユーザープロファイルは{kind}です。データベースとバックアップはログオフのときに失われます（{path}）。固定のフォルダー（例: D:\secdesk）を --db で指定するか、PostgreSQL を使ってください。</source>
        <translation>This PC&apos;s user profile is {kind}. The database and its backups would be lost at logoff ({path}). Give a fixed folder (e.g. D:\secdesk) with --db, or use PostgreSQL.</translation>
    </message>
    <message>
        <source>バックアップに記録された監査ログの先頭と照合する（複数指定可）</source>
        <translation>Check against the audit trail head recorded in a backup (may be repeated)</translation>
    </message>
    <message>
        <source>報告書のフッターに印字された監査ログの先頭（例 1234:3f9a0c5e1b2d4a67）と照合する</source>
        <translation>Check against the audit trail head printed in a report footer (e.g. 1234:3f9a0c5e1b2d4a67)</translation>
    </message>
    <message>
        <source>暗号化されたバックアップを開く回復キー（キーリングに鍵がないとき）</source>
        <translation>Recovery code to open an encrypted backup (when the keyring has no key)</translation>
    </message>
    <message>
        <source>入力された先頭 {t}</source>
        <translation>typed head {t}</translation>
    </message>
    <message>
        <source>控えとして読めません: {name}: {e}</source>
        <translation>Cannot be read as an anchor: {name}: {e}</translation>
    </message>
    <message>
        <source>監査ログの控え: {reason}</source>
        <translation>Audit trail anchors: {reason}</translation>
    </message>
    <message>
        <source>監査ログの控え: {n} 件と照合し、すべて一致しました。</source>
        <translation>Audit trail anchors: checked {n}, all match.</translation>
    </message>
    <message>
        <source>注意: このバックアップは別の台帳のものです。現在の台帳はすべて置き換わります。</source>
        <translation>Caution: this backup belongs to another register. The current register will be replaced entirely.</translation>
    </message>
    <message>
        <source>注意: </source>
        <translation>Caution: </translation>
    </message>
    <message>
        <source>添付を開く</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>{name} はプログラムやショートカットとして実行される種類のファイルのため、開かずにフォルダーを表示します。</source>
        <translation>{name} is a kind of file that runs as a program or shortcut, so its folder is shown instead of opening it.</translation>
    </message>
    <message>
        <source>{line}行目が長すぎます（上限 {limit} 文字）。</source>
        <translation>Line {line} is too long (limit {limit} characters).</translation>
    </message>
    <message>
        <source>{line}行目の列が多すぎます（{n}列、上限 {limit}列）。</source>
        <translation>Line {line} has too many columns ({n} columns, limit {limit}).</translation>
    </message>
    <message>
        <source>セルが多すぎます（{line}行目までで上限 {limit} 個を超えました）。</source>
        <translation>Too many cells (the limit of {limit} was passed by line {line}).</translation>
    </message>
    <message>
        <source>Excel ファイルの中身が大きすぎます（展開すると {mb} MB 以上{part}、上限 {limit} MB）。</source>
        <translation>The Excel file&apos;s contents are too large ({mb} MB or more when inflated{part}; limit {limit} MB).</translation>
    </message>
    <message>
        <source>Excel ファイルの文字列表が大きすぎます（{mb} MB、上限 {limit} MB）。</source>
        <translation>The Excel file&apos;s string table is too large ({mb} MB, limit {limit} MB).</translation>
    </message>
    <message>
        <source>このアカウントの内容が監査ログの記録と一致しないため、ログインできません。管理者に連絡してください（secdesk verify で確認できます）。</source>
        <translation>This account does not match what the audit trail recorded, so it cannot log in. Please contact the administrator (secdesk verify shows the details).</translation>
    </message>
    <message>
        <source>アカウント {name} が監査ログの記録と異なります: {what}</source>
        <translation>Account {name} differs from the audit trail: {what}</translation>
    </message>
    <message>
        <source>控え「{source}」は別の台帳のものです（この台帳の控えではありません）</source>
        <translation>Anchor &quot;{source}&quot; belongs to another register (not this one)</translation>
    </message>
    <message>
        <source>保護トリガー {name}（{table}）が無効にされています</source>
        <translation>Guard trigger {name} ({table}) has been disabled</translation>
    </message>
    <message>
        <source>保護トリガー {name}（{table}）がないか、書き換えられています</source>
        <translation>Guard trigger {name} ({table}) is missing or has been altered</translation>
    </message>
    <message>
        <source>パスワードの再ハッシュ</source>
        <translation>Password rehashed</translation>
    </message>
    <message>
        <source>アカウントの記録</source>
        <translation>Account recorded</translation>
    </message>
    <message>
        <source>記録と異なるアカウントのログイン</source>
        <translation>Login of an account that differs from the trail</translation>
    </message>
    <message>
        <source>記録番号が数字ではありません: {t}</source>
        <translation>The entry number is not a number: {t}</translation>
    </message>
    <message>
        <source>ハッシュは16進数で {n} 桁以上必要です: {t}</source>
        <translation>The hash needs at least {n} hexadecimal digits: {t}</translation>
    </message>
    <message>
        <source>控え「{source}」は記録 {seq} まであるのに、データベースは記録 {head} で終わっています（記録 {first} 以降が削除された可能性）</source>
        <translation>Anchor &quot;{source}&quot; reaches entry {seq} but the database ends at entry {head} (entries from {first} on may have been deleted)</translation>
    </message>
    <message>
        <source>記録 {seq} が控え「{source}」と一致しません（記録 {first}〜{seq} のどこかが書き換えられています）</source>
        <translation>Entry {seq} does not match anchor &quot;{source}&quot; (something in entries {first}–{seq} has been rewritten)</translation>
    </message>
    <message>
        <source>監査ログ {head}</source>
        <translation>Audit trail {head}</translation>
    </message>
    <message>
        <source>AES-256-GCM で暗号化する（既定。鍵は OS の資格情報マネージャー）</source>
        <translation>Encrypt with AES-256-GCM (the default; the key is kept in the OS credential manager)</translation>
    </message>
    <message>
        <source>暗号化しない（個人情報が平文でファイルに残ります）</source>
        <translation>Do not encrypt (personal data stays in the file in plain text)</translation>
    </message>
    <message>
        <source>現在のデータベースが開けないとき、ログインの代わりにバックアップ鍵の回復キー（--recovery-code）で置き換える</source>
        <translation>When the current database cannot be opened, replace it using the backup key&apos;s recovery code (--recovery-code) instead of a login</translation>
    </message>
    <message>
        <source>別の台帳のバックアップで置き換える（管理者のみ）</source>
        <translation>Replace with a backup of another register (administrators only)</translation>
    </message>
    <message>
        <source>古いバックアップの復元で失われる監査ログの件数を承知したことを示す</source>
        <translation>Confirm the number of audit trail entries that restoring an older backup will lose</translation>
    </message>
    <message>
        <source>--plain と --encrypt は同時に指定できません。</source>
        <translation>--plain and --encrypt cannot be given together.</translation>
    </message>
    <message>
        <source>警告: 暗号化しないバックアップです。職員や事案の個人情報が平文で残ります。持ち出す場合は必ず暗号化してください。</source>
        <translation>Warning: this backup is not encrypted. Personal data of staff and incidents stays in plain text. Always encrypt a backup that leaves this PC.</translation>
    </message>
    <message>
        <source>このバックアップは別の台帳のものです。</source>
        <translation>This backup belongs to another register.</translation>
    </message>
    <message>
        <source>復元しました。置き換えたデータベースの複製（暗号化）: {p}</source>
        <translation>Restored. Copy of the replaced database (encrypted): {p}</translation>
    </message>
    <message>
        <source>バックアップ {name}</source>
        <translation>backup {name}</translation>
    </message>
    <message>
        <source>現在の監査ログのうち {n} 件（{start}〜{end}）はこのバックアップにないため失われます。</source>
        <translation>{n} entries of the current audit trail ({start} to {end}) are not in this backup and will be lost.</translation>
    </message>
    <message>
        <source>復元には、置き換える台帳の管理者のログインが必要です（台帳が開けないときはバックアップ鍵の回復キー）。</source>
        <translation>A restore needs a login of an administrator of the register being replaced (or the backup key&apos;s recovery code when the register cannot be opened).</translation>
    </message>
    <message>
        <source>回復キーがこの端末のバックアップ鍵と一致しません。</source>
        <translation>The recovery code does not match this PC&apos;s backup key.</translation>
    </message>
    <message>
        <source>この端末には鍵がないため、回復キーで開ける暗号化バックアップだけを復元できます。</source>
        <translation>This PC has no key, so only an encrypted backup that the recovery code opens can be restored.</translation>
    </message>
    <message>
        <source>このバックアップは別の台帳のものです。置き換えるには管理者が --other-register を指定してください。</source>
        <translation>This backup belongs to another register. To replace, an administrator must give --other-register.</translation>
    </message>
    <message>
        <source>承知のうえで復元するには --accept-loss {n} を指定してください。</source>
        <translation>To restore knowing this, give --accept-loss {n}.</translation>
    </message>
    <message>
        <source>Windows の予約名（CON、NUL など）は使えません。</source>
        <translation>Windows reserved names (CON, NUL and so on) cannot be used.</translation>
    </message>
    <message>
        <source>作成の記録がありません</source>
        <translation>no record of its creation</translation>
    </message>
    <message>
        <source>権限（記録: {r}）</source>
        <translation>role (recorded: {r})</translation>
    </message>
    <message>
        <source>有効・無効</source>
        <translation>active/inactive</translation>
    </message>
    <message>
        <source>パスワードまたは権限</source>
        <translation>password or role</translation>
    </message>
    <message>
        <source>PostgreSQL に最小権限のアプリケーション用ロールを作成し、権限を設定する</source>
        <translation>Create a least-privilege application role in PostgreSQL and set its grants</translation>
    </message>
    <message>
        <source>表を所有するロールの接続先（init・更新・復元にだけ使う。パスワードは PGPASSWORD で渡し、各PCには保存しない）</source>
        <translation>Connection URL of the role that owns the tables (used only for init, upgrades and restores; pass its password in PGPASSWORD, never store it on the PCs)</translation>
    </message>
    <message>
        <source>各PCが接続に使うロール名</source>
        <translation>Role name every PC connects as</translation>
    </message>
    <message>
        <source>既存のロールのパスワードを変えない</source>
        <translation>Do not change the existing role&apos;s password</translation>
    </message>
    <message>
        <source>アプリケーション用ロールのパスワード: </source>
        <translation>Password of the application role: </translation>
    </message>
    <message>
        <source>作成しました</source>
        <translation>created</translation>
    </message>
    <message>
        <source>権限を設定し直しました</source>
        <translation>grants set again</translation>
    </message>
    <message>
        <source>アプリケーション用ロール {role}: {done}（表 {n} 個、所有者 {owner}）</source>
        <translation>Application role {role}: {done} ({n} tables, owner {owner})</translation>
    </message>
    <message>
        <source>各PCの接続先（パスワードは各PCで入力）:</source>
        <translation>Connection URL for each PC (the password is entered on each PC):</translation>
    </message>
    <message>
        <source>pg-setup は PostgreSQL の台帳にだけ使えます。</source>
        <translation>pg-setup works only on a PostgreSQL register.</translation>
    </message>
    <message>
        <source>ロール名は英小文字・数字・_ で、英小文字か _ で始めてください: {name}</source>
        <translation>Role names use lowercase letters, digits and _ and start with a lowercase letter or _: {name}</translation>
    </message>
    <message>
        <source>アプリケーション用ロールは所有者ロールと別にしてください。</source>
        <translation>The application role must differ from the owner role.</translation>
    </message>
    <message>
        <source>スキーマ {schema} に secdesk の台帳がありません。先に init を実行してください。</source>
        <translation>Schema {schema} holds no secdesk register. Run init first.</translation>
    </message>
    <message>
        <source>所有者ロール {owner} の持ち物でない表があります: {tables}</source>
        <translation>Tables not owned by the owner role {owner}: {tables}</translation>
    </message>
    <message>
        <source>新しいロールのパスワードを指定してください。</source>
        <translation>Give a password for the new role.</translation>
    </message>
    <message>
        <source>ロール {name} はスーパーユーザーかロール作成権限を持っています。アプリケーション用には権限のないロールを使ってください。</source>
        <translation>Role {name} is a superuser or may create roles. Use a role without such rights for the application.</translation>
    </message>
    <message>
        <source>ロール {name} は所有者ロール {owner} のメンバーです。外してください。</source>
        <translation>Role {name} is a member of the owner role {owner}. Remove it.</translation>
    </message>
    <message>
        <source>接続先の URL が読めません: {e}</source>
        <translation>Cannot read the connection URL: {e}</translation>
    </message>
    <message>
        <source>PostgreSQL が設定を拒みました: {e}</source>
        <translation>PostgreSQL refused the setup: {e}</translation>
    </message>
</context>
<context>
    <name>ActionNoteForm</name>
    <message>
        <source>経過の記録</source>
        <translation>Add progress note</translation>
    </message>
    <message>
        <source>日付(&amp;D) *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>日付（必須）</source>
        <translation>Date (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>内容(&amp;T) *</source>
        <translation>&amp;Note *</translation>
    </message>
    <message>
        <source>内容（必須）</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <source>例: 所属長に電話で督促した。12月中に完了予定との回答。</source>
        <translation>e.g. Phoned the head of department as a reminder; they expect to finish in December.</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>ActionVerifyForm</name>
    <message>
        <source>是正処置の確認</source>
        <translation>Verify corrective action</translation>
    </message>
    <message>
        <source>処置</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>確認の内容(&amp;N)</source>
        <translation>Verification &amp;notes</translation>
    </message>
    <message>
        <source>確認の内容</source>
        <translation>Verification notes</translation>
    </message>
    <message>
        <source>例: 改訂後の管理簿と記入状況を確認した。</source>
        <translation>e.g. Checked the revised register and how it is being kept.</translation>
    </message>
</context>
<context>
    <name>AuditCopyForm</name>
    <message>
        <source>前年度の監査から複写</source>
        <translation>Copy from last year&apos;s audit</translation>
    </message>
    <message>
        <source>複写元(&amp;F)</source>
        <translation>Copy &amp;from</translation>
    </message>
    <message>
        <source>複写元</source>
        <translation>Copy from</translation>
    </message>
    <message>
        <source>新しい年度(&amp;Y) *</source>
        <translation>New fiscal &amp;year *</translation>
    </message>
    <message>
        <source>新しい年度（必須）</source>
        <translation>New fiscal year (required)</translation>
    </message>
    <message>
        <source>名称(&amp;T) *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>名称（必須）</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>チェックリスト(&amp;C)</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>新しい年度の同じチェックリストがあれば、それを選んでいます</source>
        <translation>If the same checklist exists for the new fiscal year, it is already selected</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message>
        <source>監査</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>種別(&amp;K) *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>種別（必須）</source>
        <translation>Kind (required)</translation>
    </message>
    <message>
        <source>年度(&amp;Y) *</source>
        <translation>Fiscal &amp;year *</translation>
    </message>
    <message>
        <source>年度（必須）</source>
        <translation>Fiscal year (required)</translation>
    </message>
    <message>
        <source>名称(&amp;T) *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>名称（必須）</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>例: 令和8年度 情報セキュリティ内部監査</source>
        <translation>e.g. FY2026 internal information security audit</translation>
    </message>
    <message>
        <source>監査人の所属(&amp;O)</source>
        <translation>Auditor&apos;s &amp;organization</translation>
    </message>
    <message>
        <source>監査人の所属</source>
        <translation>Auditor&apos;s organization</translation>
    </message>
    <message>
        <source>例: 監査委員事務局、〇〇監査法人</source>
        <translation>e.g. Audit committee office, ○○ audit firm</translation>
    </message>
    <message>
        <source>監査人の氏名(&amp;P)</source>
        <translation>&amp;Auditor&apos;s name</translation>
    </message>
    <message>
        <source>監査人の氏名</source>
        <translation>Auditor&apos;s name</translation>
    </message>
    <message>
        <source>期間の開始(&amp;S)</source>
        <translation>Period &amp;start</translation>
    </message>
    <message>
        <source>期間の開始</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>期間の終了(&amp;E)</source>
        <translation>Period &amp;end</translation>
    </message>
    <message>
        <source>期間の終了</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>状態(&amp;U) *</source>
        <translation>Stat&amp;us *</translation>
    </message>
    <message>
        <source>状態（必須）</source>
        <translation>Status (required)</translation>
    </message>
    <message>
        <source>チェックリスト(&amp;C)</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>自己点検では必須です</source>
        <translation>Required for a self-inspection</translation>
    </message>
    <message>
        <source>対象所属(&amp;D)</source>
        <translation>&amp;Departments covered</translation>
    </message>
    <message>
        <source>対象所属</source>
        <translation>Departments covered</translation>
    </message>
    <message>
        <source>チェックを付けた所属が対象です（自己点検では必須）</source>
        <translation>The ticked departments are covered (required for a self-inspection)</translation>
    </message>
    <message>
        <source>J-LIS への報告日(&amp;J)</source>
        <translation>Reported to &amp;J-LIS on</translation>
    </message>
    <message>
        <source>J-LIS への報告日</source>
        <translation>Reported to J-LIS on</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル α′・β・β′ の団体が外部監査の結果を J-LIS に報告した日</source>
        <translation>The day an organization with network separation model α′, β or β′ reported its external audit results to J-LIS</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>パスワードの変更</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>新しいパスワードを10文字以上で決めてください。</source>
        <translation>Choose a new password of at least 10 characters.</translation>
    </message>
    <message>
        <source>現在のパスワード(&amp;O) *</source>
        <translation>Current passw&amp;ord *</translation>
    </message>
    <message>
        <source>現在のパスワード（必須）</source>
        <translation>Current password (required)</translation>
    </message>
    <message>
        <source>新しいパスワード(&amp;N) *</source>
        <translation>&amp;New password *</translation>
    </message>
    <message>
        <source>新しいパスワード（必須）</source>
        <translation>New password (required)</translation>
    </message>
    <message>
        <source>新しいパスワード（確認）(&amp;C) *</source>
        <translation>&amp;Confirm new password *</translation>
    </message>
    <message>
        <source>新しいパスワード（確認、必須）</source>
        <translation>Confirm new password (required)</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionForm</name>
    <message>
        <source>是正処置</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>是正処置の内容(&amp;P) *</source>
        <translation>Action &amp;plan *</translation>
    </message>
    <message>
        <source>是正処置の内容（必須）</source>
        <translation>Action plan (required)</translation>
    </message>
    <message>
        <source>担当所属(&amp;D) *</source>
        <translation>Owner &amp;department *</translation>
    </message>
    <message>
        <source>担当所属（必須）</source>
        <translation>Owner department (required)</translation>
    </message>
    <message>
        <source>担当者(&amp;O)</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>担当者</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>所属の職員から選ぶか、氏名を入力します</source>
        <translation>Choose from the department&apos;s staff or type a name</translation>
    </message>
    <message>
        <source>期限(&amp;L) *</source>
        <translation>D&amp;ue date *</translation>
    </message>
    <message>
        <source>期限（必須）</source>
        <translation>Due date (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>状態(&amp;S) *</source>
        <translation>&amp;Status *</translation>
    </message>
    <message>
        <source>状態（必須）</source>
        <translation>Status (required)</translation>
    </message>
    <message>
        <source>完了日(&amp;C)</source>
        <translation>&amp;Completed on</translation>
    </message>
    <message>
        <source>完了日</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>状態を「完了」にしたときの完了日（空欄なら今日）</source>
        <translation>When the status is set to “Done”: the completion date (empty: today)</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>CourseForm</name>
    <message>
        <source>研修</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>年度(&amp;Y) *</source>
        <translation>Fiscal &amp;year *</translation>
    </message>
    <message>
        <source>年度（必須）</source>
        <translation>Fiscal year (required)</translation>
    </message>
    <message>
        <source>西暦の年度（4月始まり）。例: 2026 は令和8年度</source>
        <translation>Fiscal year in the Western calendar (starting in April); e.g. 2026 is Reiwa 8</translation>
    </message>
    <message>
        <source>研修コード(&amp;C) *</source>
        <translation>Course &amp;code *</translation>
    </message>
    <message>
        <source>研修コード（必須）</source>
        <translation>Course code (required)</translation>
    </message>
    <message>
        <source>例: R8-01</source>
        <translation>e.g. R8-01</translation>
    </message>
    <message>
        <source>研修名(&amp;T) *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>研修名（必須）</source>
        <translation>Title (required)</translation>
    </message>
    <message>
        <source>例: 情報セキュリティ研修（全職員・e-ラーニング）</source>
        <translation>e.g. Information security training (all staff, e-learning)</translation>
    </message>
    <message>
        <source>種別(&amp;K) *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>種別（必須）</source>
        <translation>Kind (required)</translation>
    </message>
    <message>
        <source>期限日(&amp;D) *</source>
        <translation>&amp;Due date *</translation>
    </message>
    <message>
        <source>期限日（必須）</source>
        <translation>Due date (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>この日の所属で対象者と所属別の受講率を数えます（訓練は実施日）</source>
        <translation>Attendees and completion by department are counted by each person&apos;s department on this day (for drills, the drill date)</translation>
    </message>
    <message>
        <source>対象者(&amp;R) *</source>
        <translation>&amp;Required attendees *</translation>
    </message>
    <message>
        <source>対象者（必須）</source>
        <translation>Required attendees (required)</translation>
    </message>
    <message>
        <source>雇用区分で絞る(&amp;E)</source>
        <translation>Limit by &amp;employment type</translation>
    </message>
    <message>
        <source>雇用区分で絞る</source>
        <translation>Limit by employment type</translation>
    </message>
    <message>
        <source>この日以降の採用者(&amp;J)</source>
        <translation>&amp;Joined on or after</translation>
    </message>
    <message>
        <source>この日以降の採用者</source>
        <translation>Joined on or after</translation>
    </message>
    <message>
        <source>目標受講率(&amp;G) *</source>
        <translation>&amp;Goal completion rate *</translation>
    </message>
    <message>
        <source>目標受講率（必須）</source>
        <translation>Goal completion rate (required)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>CourseSessionForm</name>
    <message>
        <source>研修の日程</source>
        <translation>Course session</translation>
    </message>
    <message>
        <source>会場で行う研修の開催日です。オンライン開催のときは会場を空欄にできます。</source>
        <translation>A day on which the course is held. For an online session the venue may be left empty.</translation>
    </message>
    <message>
        <source>開催日(&amp;D) *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>開催日（必須）</source>
        <translation>Date (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>開始時刻(&amp;T)</source>
        <translation>Start &amp;time</translation>
    </message>
    <message>
        <source>開始時刻</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>例: 13:30</source>
        <translation>e.g. 13:30</translation>
    </message>
    <message>
        <source>会場(&amp;P)</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>会場</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>例: 本庁舎 5階 第1会議室</source>
        <translation>e.g. Main building, 5F, Meeting room 1</translation>
    </message>
    <message>
        <source>オンライン開催</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>オンライン開催(&amp;O)</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>定員(&amp;C)</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>定員</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>（指定なし）</source>
        <translation>(no limit)</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> people</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>DatabaseForm</name>
    <message>
        <source>データベースの接続先</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>この端末が開く台帳を選びます。変更は次回の起動から使われます。複数の端末で1つの台帳を共有するときは PostgreSQL を選んでください（SQLite のファイルをネットワーク上で共有してはいけません）。</source>
        <translation>Choose the register this PC opens; a change takes effect at the next start. When several PCs share one register, choose PostgreSQL (never share a SQLite file over the network).</translation>
    </message>
    <message>
        <source>種類(&amp;K) *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>種類（必須）</source>
        <translation>Kind (required)</translation>
    </message>
    <message>
        <source>SQLite ファイル(&amp;F)</source>
        <translation>SQLite &amp;file</translation>
    </message>
    <message>
        <source>SQLite ファイル</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>空欄: この端末の既定の場所</source>
        <translation>Empty: this PC&apos;s default location</translation>
    </message>
    <message>
        <source>サーバー(&amp;H)</source>
        <translation>Server (&amp;host)</translation>
    </message>
    <message>
        <source>サーバー</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>例: secdesk-db.city.lg.local</source>
        <translation>e.g. secdesk-db.city.lg.local</translation>
    </message>
    <message>
        <source>ポート(&amp;O)</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>ポート</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>データベース名(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>データベース名</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>例: secdesk</source>
        <translation>e.g. secdesk</translation>
    </message>
    <message>
        <source>ユーザー(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>OS の資格情報マネージャーに保存されます。設定ファイルには書きません。</source>
        <translation>Stored in the OS credential manager, never in a settings file.</translation>
    </message>
    <message>
        <source>TLS(&amp;T)</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>所属コード(&amp;C) *</source>
        <translation>Department &amp;code *</translation>
    </message>
    <message>
        <source>所属コード（必須）</source>
        <translation>Department code (required)</translation>
    </message>
    <message>
        <source>所属名(&amp;M) *</source>
        <translation>Department na&amp;me *</translation>
    </message>
    <message>
        <source>所属名（必須）</source>
        <translation>Department name (required)</translation>
    </message>
    <message>
        <source>上位の所属(&amp;P)</source>
        <translation>&amp;Parent department</translation>
    </message>
    <message>
        <source>上位の所属</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <source>情報システムを保有する所属（上級研修の対象）(&amp;S)</source>
        <translation>Owns information &amp;systems (advanced training applies)</translation>
    </message>
    <message>
        <source>情報システムを保有する所属（上級研修の対象）</source>
        <translation>Owns information systems (advanced training applies)</translation>
    </message>
    <message>
        <source>有効(&amp;A)</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>表示順(&amp;O)</source>
        <translation>Display &amp;order</translation>
    </message>
    <message>
        <source>表示順</source>
        <translation>Display order</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* Required field</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>指摘事項</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>監査(&amp;A) *</source>
        <translation>&amp;Audit *</translation>
    </message>
    <message>
        <source>監査（必須）</source>
        <translation>Audit (required)</translation>
    </message>
    <message>
        <source>件名(&amp;T) *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>件名（必須）</source>
        <translation>Title (required)</translation>
    </message>
    <message>
        <source>例: USBメモリの持ち出し記録がない</source>
        <translation>e.g. No record of USB sticks taken out of the office</translation>
    </message>
    <message>
        <source>評価(&amp;R) *</source>
        <translation>&amp;Rating *</translation>
    </message>
    <message>
        <source>評価（必須）</source>
        <translation>Rating (required)</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>監査項目(&amp;I)</source>
        <translation>Audit &amp;item</translation>
    </message>
    <message>
        <source>監査項目</source>
        <translation>Audit item</translation>
    </message>
    <message>
        <source>指摘内容(&amp;C)</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <source>指摘内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>リスク(&amp;K)</source>
        <translation>Ris&amp;k</translation>
    </message>
    <message>
        <source>リスク</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>改善提言(&amp;M)</source>
        <translation>Reco&amp;mmendation</translation>
    </message>
    <message>
        <source>改善提言</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>前年度以前の同じ指摘(&amp;P)</source>
        <translation>Same finding in a &amp;previous year</translation>
    </message>
    <message>
        <source>前年度以前の同じ指摘</source>
        <translation>Same finding in a previous year</translation>
    </message>
    <message>
        <source>同じ所属の過去の指摘から選ぶと、再発の履歴としてつながります</source>
        <translation>Choose an earlier finding of the same department to link them as a recurrence</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>最初の管理者の登録</source>
        <translation>Register the first administrator</translation>
    </message>
    <message>
        <source>最初の管理者を登録します</source>
        <translation>Register the first administrator</translation>
    </message>
    <message>
        <source>このデータベースにはまだ利用者がいません。管理者のユーザー名とパスワードを決めてください。パスワードは10文字以上です。管理者はほかの利用者を追加できます。</source>
        <translation>This database has no users yet. Choose a user name and password for the administrator. The password needs at least 10 characters. The administrator can then add other users.</translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U) *</source>
        <translation>&amp;User name *</translation>
    </message>
    <message>
        <source>ユーザー名（必須）</source>
        <translation>User name (required)</translation>
    </message>
    <message>
        <source>表示名(&amp;D)</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>表示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>例: 情報政策課 山田</source>
        <translation>e.g. IT Policy Division, Yamada</translation>
    </message>
    <message>
        <source>パスワード(&amp;P) *</source>
        <translation>&amp;Password *</translation>
    </message>
    <message>
        <source>パスワード（必須）</source>
        <translation>Password (required)</translation>
    </message>
    <message>
        <source>パスワード（確認）(&amp;C) *</source>
        <translation>&amp;Confirm password *</translation>
    </message>
    <message>
        <source>パスワード（確認、必須）</source>
        <translation>Confirm password (required)</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* Required field</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>フォローアップ研修の割り当て</source>
        <translation>Assign follow-up training</translation>
    </message>
    <message>
        <source>この訓練でリンクをクリックした職員を、選んだ研修の対象者に加えます。</source>
        <translation>Adds the staff who clicked the link in this drill to the attendees of the chosen course.</translation>
    </message>
    <message>
        <source>割り当てる研修(&amp;C) *</source>
        <translation>&amp;Course to assign *</translation>
    </message>
    <message>
        <source>割り当てる研修（必須）</source>
        <translation>Course to assign (required)</translation>
    </message>
    <message>
        <source>情報を入力した職員だけにする</source>
        <translation>Only staff who submitted data</translation>
    </message>
    <message>
        <source>情報を入力した職員だけにする(&amp;S)</source>
        <translation>Only staff who &amp;submitted data</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentDutyForm</name>
    <message>
        <source>報告義務の実施の記録</source>
        <translation>Record reporting duty</translation>
    </message>
    <message>
        <source>報告義務</source>
        <translation>Reporting duty</translation>
    </message>
    <message>
        <source>実施済み(&amp;D)</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>実施済み</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>実施日時(&amp;W) *</source>
        <translation>&amp;When done *</translation>
    </message>
    <message>
        <source>実施日時（必須）</source>
        <translation>When done (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>方法(&amp;M)</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>備考(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>インシデント・ヒヤリハット</source>
        <translation>Incident / near-miss</translation>
    </message>
    <message>
        <source>基本情報</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>件名(&amp;T) *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>件名（必須）</source>
        <translation>Title (required)</translation>
    </message>
    <message>
        <source>分類(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>ネットワーク(&amp;N)</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>ネットワーク</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>報告者(&amp;R)</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>報告者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>担当者(&amp;H)</source>
        <translation>&amp;Handler</translation>
    </message>
    <message>
        <source>担当者</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>重大度(&amp;V)</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <source>重大度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>機密性(&amp;L) *</source>
        <translation>Confidentia&amp;lity *</translation>
    </message>
    <message>
        <source>機密性（必須）</source>
        <translation>Confidentiality (required)</translation>
    </message>
    <message>
        <source>発生日時(&amp;O)</source>
        <translation>&amp;Occurred</translation>
    </message>
    <message>
        <source>発生日時</source>
        <translation>Occurred</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>（不明）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>発見日時(&amp;W) *</source>
        <translation>D&amp;iscovered *</translation>
    </message>
    <message>
        <source>発見日時（必須）</source>
        <translation>Discovered (required)</translation>
    </message>
    <message>
        <source>職員が気づいた日時。報告義務の期限はこの日から数えます。</source>
        <translation>When a member of staff became aware of it. Reporting deadlines count from this day.</translation>
    </message>
    <message>
        <source>CSIRTへの報告日時(&amp;P)</source>
        <translation>Re&amp;ported to CSIRT</translation>
    </message>
    <message>
        <source>CSIRTへの報告日時</source>
        <translation>Reported to CSIRT</translation>
    </message>
    <message>
        <source>（未報告）</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>タグ(&amp;G)</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>タグ</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>空白またはカンマで区切る（例: 窓口 郵送）</source>
        <translation>Separate with spaces or commas (e.g. counter post)</translation>
    </message>
    <message>
        <source>概要・原因・対策</source>
        <translation>Summary, cause, measures</translation>
    </message>
    <message>
        <source>概要(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>原因(&amp;U)</source>
        <translation>Ca&amp;use</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>応急措置・対応(&amp;A)</source>
        <translation>I&amp;mmediate response</translation>
    </message>
    <message>
        <source>応急措置・対応</source>
        <translation>Immediate response</translation>
    </message>
    <message>
        <source>再発防止策(&amp;E)</source>
        <translation>Pr&amp;eventive measures</translation>
    </message>
    <message>
        <source>再発防止策</source>
        <translation>Preventive measures</translation>
    </message>
    <message>
        <source>個人情報・報告義務</source>
        <translation>Personal info and duties</translation>
    </message>
    <message>
        <source>本人の数(&amp;B)</source>
        <translation>People a&amp;ffected</translation>
    </message>
    <message>
        <source>本人の数</source>
        <translation>People affected</translation>
    </message>
    <message>
        <source>（不明・該当なし）</source>
        <translation>(unknown / none)</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> people</translation>
    </message>
    <message>
        <source>要配慮個人情報を含む(&amp;1)</source>
        <translation>Includes sensitive personal information (&amp;1)</translation>
    </message>
    <message>
        <source>要配慮個人情報を含む</source>
        <translation>Includes sensitive personal information</translation>
    </message>
    <message>
        <source>特定個人情報（マイナンバー）を含む(&amp;2)</source>
        <translation>Includes My Number (specific personal information) (&amp;2)</translation>
    </message>
    <message>
        <source>特定個人情報（マイナンバー）を含む</source>
        <translation>Includes My Number (specific personal information)</translation>
    </message>
    <message>
        <source>不正の目的のおそれがある(&amp;3)</source>
        <translation>Unlawful purpose suspected (&amp;3)</translation>
    </message>
    <message>
        <source>不正の目的のおそれがある</source>
        <translation>Unlawful purpose suspected</translation>
    </message>
    <message>
        <source>財産的被害のおそれがある(&amp;4)</source>
        <translation>Risk of financial harm (&amp;4)</translation>
    </message>
    <message>
        <source>財産的被害のおそれがある</source>
        <translation>Risk of financial harm</translation>
    </message>
    <message>
        <source>漏えい等した項目(&amp;I)</source>
        <translation>Data items lea&amp;ked</translation>
    </message>
    <message>
        <source>漏えい等した項目</source>
        <translation>Data items leaked</translation>
    </message>
    <message>
        <source>二次被害の有無(&amp;Y)</source>
        <translation>Secondar&amp;y damage</translation>
    </message>
    <message>
        <source>二次被害の有無</source>
        <translation>Secondary damage</translation>
    </message>
    <message>
        <source>本人への対応(&amp;Z)</source>
        <translation>Response to the people &amp;affected</translation>
    </message>
    <message>
        <source>本人への対応</source>
        <translation>Response to the people affected</translation>
    </message>
    <message>
        <source>公表(&amp;Q)</source>
        <translation>Pu&amp;blication</translation>
    </message>
    <message>
        <source>公表</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentNoteForm</name>
    <message>
        <source>対応経過の記録</source>
        <translation>Timeline entry</translation>
    </message>
    <message>
        <source>日時(&amp;W) *</source>
        <translation>&amp;Date and time *</translation>
    </message>
    <message>
        <source>日時（必須）</source>
        <translation>Date and time (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>対応の内容(&amp;T) *</source>
        <translation>&amp;What was done *</translation>
    </message>
    <message>
        <source>対応の内容（必須）</source>
        <translation>What was done (required)</translation>
    </message>
    <message>
        <source>例: 誤送付先へ電話し、回収の了承を得た</source>
        <translation>e.g. Phoned the wrong recipient, who agreed to return it</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentNotificationForm</name>
    <message>
        <source>関係機関への連絡</source>
        <translation>Notification to an outside body</translation>
    </message>
    <message>
        <source>連絡先(&amp;T) *</source>
        <translation>Outside &amp;body *</translation>
    </message>
    <message>
        <source>連絡先（必須）</source>
        <translation>Outside body (required)</translation>
    </message>
    <message>
        <source>日時(&amp;W) *</source>
        <translation>&amp;Date and time *</translation>
    </message>
    <message>
        <source>日時（必須）</source>
        <translation>Date and time (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>方法(&amp;M)</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>内容(&amp;N)</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentQuickForm</name>
    <message>
        <source>ヒヤリハット・インシデントの登録</source>
        <translation>Report a near-miss or incident</translation>
    </message>
    <message>
        <source>いま分かっていることだけで登録できます。詳しい内容は登録後に追記してください。</source>
        <translation>Register with what you know now; add the details afterwards.</translation>
    </message>
    <message>
        <source>種別(&amp;K) *</source>
        <translation>&amp;Kind *</translation>
    </message>
    <message>
        <source>種別（必須）</source>
        <translation>Kind (required)</translation>
    </message>
    <message>
        <source>件名(&amp;T) *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>件名（必須）</source>
        <translation>Title (required)</translation>
    </message>
    <message>
        <source>例: 住民票の写しを別の方に渡しかけた</source>
        <translation>e.g. Nearly handed a copy of a resident record to the wrong person</translation>
    </message>
    <message>
        <source>発見日時(&amp;W) *</source>
        <translation>D&amp;iscovered *</translation>
    </message>
    <message>
        <source>発見日時（必須）</source>
        <translation>Discovered (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>職員が気づいた日時。報告義務の期限はこの日から数えます。</source>
        <translation>When a member of staff became aware of it. Reporting deadlines count from this day.</translation>
    </message>
    <message>
        <source>分類(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>分類</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>報告者(&amp;R)</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>報告者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>概要(&amp;G)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>何が起きたか、どう気づいたか（後から追記できます）</source>
        <translation>What happened and how it was noticed (you can add more later)</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentRulesForm</name>
    <message>
        <source>報告期限の設定</source>
        <translation>Reporting deadlines</translation>
    </message>
    <message>
        <source>日数は、職員が事態を知った日（発見日）の翌日から数えます。変更は、これから登録・更新する事案の期限に適用されます。</source>
        <translation>Days count from the day after a member of staff learned of the case (the discovery date). Changes apply to the deadlines of cases registered or updated from now on.</translation>
    </message>
    <message>
        <source>報告が必要な本人の数(&amp;P) *</source>
        <translation>Report when people affected &amp;exceed *</translation>
    </message>
    <message>
        <source>報告が必要な本人の数（必須）</source>
        <translation>Report when people affected exceed (required)</translation>
    </message>
    <message>
        <source> 名を超えるとき</source>
        <translation> people</translation>
    </message>
    <message>
        <source>速報の目標(&amp;S) *</source>
        <translation>Target for the &amp;preliminary report *</translation>
    </message>
    <message>
        <source>速報の目標（必須）</source>
        <translation>Target for the preliminary report (required)</translation>
    </message>
    <message>
        <source> 日以内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>確報の期限(&amp;F) *</source>
        <translation>Deadline for the &amp;final report *</translation>
    </message>
    <message>
        <source>確報の期限（必須）</source>
        <translation>Deadline for the final report (required)</translation>
    </message>
    <message>
        <source>確報の期限・不正の目的(&amp;U) *</source>
        <translation>Final report if &amp;unlawful purpose *</translation>
    </message>
    <message>
        <source>確報の期限・不正の目的（必須）</source>
        <translation>Final report if unlawful purpose (required)</translation>
    </message>
    <message>
        <source>本人通知の目標(&amp;N) *</source>
        <translation>Target for &amp;notifying those affected *</translation>
    </message>
    <message>
        <source>本人通知の目標（必須）</source>
        <translation>Target for notifying those affected (required)</translation>
    </message>
    <message>
        <source>特定個人情報を含むときは人数によらず報告義務とする(&amp;M)</source>
        <translation>Report every &amp;My Number case, whatever the number of people</translation>
    </message>
    <message>
        <source>特定個人情報を含むときは人数によらず報告義務とする</source>
        <translation>Report every My Number case, whatever the number of people</translation>
    </message>
    <message>
        <source>都道府県への報告(&amp;R) *</source>
        <translation>&amp;Report to the prefecture *</translation>
    </message>
    <message>
        <source>都道府県への報告（必須）</source>
        <translation>Report to the prefecture (required)</translation>
    </message>
    <message>
        <source>都道府県への報告の期限(&amp;D) *</source>
        <translation>&amp;Deadline for the prefecture *</translation>
    </message>
    <message>
        <source>都道府県への報告の期限（必須）</source>
        <translation>Deadline for the prefecture (required)</translation>
    </message>
    <message>
        <source>CISOへの報告(&amp;C) *</source>
        <translation>Report to the &amp;CISO *</translation>
    </message>
    <message>
        <source>CISOへの報告（必須）</source>
        <translation>Report to the CISO (required)</translation>
    </message>
    <message>
        <source>CISOへの報告の期限(&amp;I) *</source>
        <translation>Deadline for the C&amp;ISO *</translation>
    </message>
    <message>
        <source>CISOへの報告の期限（必須）</source>
        <translation>Deadline for the CISO (required)</translation>
    </message>
    <message>
        <source>期限間近として表示(&amp;A) *</source>
        <translation>Show &amp;as due soon *</translation>
    </message>
    <message>
        <source>期限間近として表示（必須）</source>
        <translation>Show as due soon (required)</translation>
    </message>
    <message>
        <source> 日前から</source>
        <translation> days before</translation>
    </message>
    <message>
        <source>添付ファイルの上限(&amp;L) *</source>
        <translation>Attachment size &amp;limit *</translation>
    </message>
    <message>
        <source>添付ファイルの上限（必須）</source>
        <translation>Attachment size limit (required)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>IncidentStatusForm</name>
    <message>
        <source>状態の変更</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>新しい状態(&amp;S) *</source>
        <translation>New &amp;status *</translation>
    </message>
    <message>
        <source>新しい状態（必須）</source>
        <translation>New status (required)</translation>
    </message>
    <message>
        <source>日時(&amp;W) *</source>
        <translation>&amp;Date and time *</translation>
    </message>
    <message>
        <source>日時（必須）</source>
        <translation>Date and time (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>メモ・理由(&amp;M)</source>
        <translation>Note / &amp;reason</translation>
    </message>
    <message>
        <source>メモ・理由</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <source>取消のときは理由が必要です</source>
        <translation>A withdrawal needs a reason</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>ログイン</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>secdesk にログイン</source>
        <translation>Log in to secdesk</translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>ユーザー名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>OrgSettingsForm</name>
    <message>
        <source>団体の設定</source>
        <translation>Organization settings</translation>
    </message>
    <message>
        <source>この設定はデータベースを共有するすべての端末に適用されます。</source>
        <translation>These settings apply to every computer that shares this database.</translation>
    </message>
    <message>
        <source>団体名(&amp;N) *</source>
        <translation>Organization &amp;name *</translation>
    </message>
    <message>
        <source>団体名（必須）</source>
        <translation>Organization name (required)</translation>
    </message>
    <message>
        <source>例: 〇〇市</source>
        <translation>e.g. 〇〇市 (City of ○○)</translation>
    </message>
    <message>
        <source>出力物の取扱区分表示(&amp;L)</source>
        <translation>Classification &amp;label on outputs</translation>
    </message>
    <message>
        <source>出力物の取扱区分表示</source>
        <translation>Classification label on outputs</translation>
    </message>
    <message>
        <source>例: 取扱注意</source>
        <translation>e.g. 取扱注意 (Handle with care)</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル(&amp;M) *</source>
        <translation>Network separation &amp;model *</translation>
    </message>
    <message>
        <source>ネットワーク分離モデル（必須）</source>
        <translation>Network separation model (required)</translation>
    </message>
    <message>
        <source>無操作でロックするまで（分）(&amp;I)</source>
        <translation>Lock when &amp;idle for (minutes)</translation>
    </message>
    <message>
        <source>無操作でロックするまで（分）</source>
        <translation>Lock when idle for (minutes)</translation>
    </message>
    <message>
        <source>ロックしない</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* Required field</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <source>報告書の条件</source>
        <translation>Report options</translation>
    </message>
    <message>
        <source>年度(&amp;Y) *</source>
        <translation>Fiscal &amp;year *</translation>
    </message>
    <message>
        <source>年度（必須）</source>
        <translation>Fiscal year (required)</translation>
    </message>
    <message>
        <source>期間(&amp;H) *</source>
        <translation>&amp;Half year *</translation>
    </message>
    <message>
        <source>期間（必須）</source>
        <translation>Half year (required)</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>対象の所属（選ばなければ全所属）</source>
        <translation>Departments in scope (none selected: all)</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>チェックした所属と、その下位の所属が対象です。何も選ばなければ全所属です。</source>
        <translation>Checked departments and their sub-departments are in scope. Select none for all departments.</translation>
    </message>
    <message>
        <source>研修(&amp;C)</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <source>研修（年度のすべて、または1つ）</source>
        <translation>Course (all of the fiscal year, or one)</translation>
    </message>
    <message>
        <source>未完了者の一覧を付録に付ける(&amp;A)</source>
        <translation>&amp;Append the list of staff who have not completed</translation>
    </message>
    <message>
        <source>未完了者の一覧を付録に付ける</source>
        <translation>Append the list of staff who have not completed</translation>
    </message>
    <message>
        <source>監査(&amp;U) *</source>
        <translation>A&amp;udit *</translation>
    </message>
    <message>
        <source>監査（必須）</source>
        <translation>Audit (required)</translation>
    </message>
    <message>
        <source>期限内で対応中の是正処置も一覧に載せる(&amp;L)</source>
        <translation>&amp;List corrective actions in progress within their due date too</translation>
    </message>
    <message>
        <source>期限内で対応中の是正処置も一覧に載せる</source>
        <translation>List corrective actions in progress within their due date too</translation>
    </message>
    <message>
        <source>番号(&amp;R) *</source>
        <translation>&amp;Reference *</translation>
    </message>
    <message>
        <source>インシデントの番号（必須）</source>
        <translation>Incident reference (required)</translation>
    </message>
    <message>
        <source>例: 2026-INC-0007</source>
        <translation>e.g. 2026-INC-0007</translation>
    </message>
    <message>
        <source>取扱区分</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>※ 管理 → 団体の設定で変更できます</source>
        <translation>* Can be changed under Administration → Organization settings</translation>
    </message>
    <message>
        <source>作成後にファイルを開く(&amp;O)</source>
        <translation>&amp;Open the file when made</translation>
    </message>
    <message>
        <source>作成後にファイルを開く</source>
        <translation>Open the file when made</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>RiskAcceptanceForm</name>
    <message>
        <source>リスクの受容</source>
        <translation>Accept risk</translation>
    </message>
    <message>
        <source>受容する理由(&amp;R) *</source>
        <translation>&amp;Reason for accepting *</translation>
    </message>
    <message>
        <source>受容する理由（必須）</source>
        <translation>Reason for accepting (required)</translation>
    </message>
    <message>
        <source>例: 機器の更新が来年度に予定され、それまでの対策費用に見合わないため。</source>
        <translation>e.g. The equipment is due to be replaced next fiscal year; measures until then would cost more than they save.</translation>
    </message>
    <message>
        <source>承認者(&amp;A) *</source>
        <translation>&amp;Approved by *</translation>
    </message>
    <message>
        <source>承認者（必須）</source>
        <translation>Approved by (required)</translation>
    </message>
    <message>
        <source>例: CISO 副市長 山田 一郎</source>
        <translation>e.g. CISO, Deputy Mayor 山田 一郎</translation>
    </message>
    <message>
        <source>承認日(&amp;D) *</source>
        <translation>Approval &amp;date *</translation>
    </message>
    <message>
        <source>承認日（必須）</source>
        <translation>Approval date (required)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>SelfCheckAnswersForm</name>
    <message>
        <source>自己点検の回答</source>
        <translation>Self-inspection answers</translation>
    </message>
    <message>
        <source>各項目の「回答」を選び、「いいえ」の場合は理由や今後の対応をコメントに書いてください。</source>
        <translation>Choose an answer for each item; for “No”, write the reason and what will be done in the comment.</translation>
    </message>
    <message>
        <source>点検項目と回答</source>
        <translation>Items and answers</translation>
    </message>
    <message>
        <source>回答の進み具合</source>
        <translation>Answer progress</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>職員</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>職員番号(&amp;N) *</source>
        <translation>Staff &amp;number *</translation>
    </message>
    <message>
        <source>職員番号（必須）</source>
        <translation>Staff number (required)</translation>
    </message>
    <message>
        <source>氏名(&amp;M) *</source>
        <translation>Na&amp;me *</translation>
    </message>
    <message>
        <source>氏名（必須）</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>例: 山田 太郎</source>
        <translation>e.g. 山田 太郎</translation>
    </message>
    <message>
        <source>フリガナ(&amp;K)</source>
        <translation>&amp;Kana reading</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Kana reading</translation>
    </message>
    <message>
        <source>例: ヤマダ タロウ</source>
        <translation>e.g. ヤマダ タロウ</translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>異動日(&amp;E)</source>
        <translation>Transf&amp;er date</translation>
    </message>
    <message>
        <source>異動日</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>所属を変えたとき、新しい所属になる日</source>
        <translation>When the department changes: the day the new one takes effect</translation>
    </message>
    <message>
        <source>役職(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>役職</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>雇用区分(&amp;Y)</source>
        <translation>Emplo&amp;yment type</translation>
    </message>
    <message>
        <source>雇用区分</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <source>メールアドレス(&amp;A)</source>
        <translation>Email &amp;address</translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>採用日(&amp;J)</source>
        <translation>Date &amp;joined</translation>
    </message>
    <message>
        <source>採用日</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* Required field</translation>
    </message>
</context>
<context>
    <name>TrainingOverrideForm</name>
    <message>
        <source>対象者の個別指定</source>
        <translation>Individual attendee setting</translation>
    </message>
    <message>
        <source>研修の対象者を一人ずつ調整します。免除した職員は受講率の分母から外れます。</source>
        <translation>Adjust the attendees one by one. Exempted staff do not count towards the completion rate.</translation>
    </message>
    <message>
        <source>職員番号(&amp;N) *</source>
        <translation>Staff &amp;number *</translation>
    </message>
    <message>
        <source>職員番号（必須）</source>
        <translation>Staff number (required)</translation>
    </message>
    <message>
        <source>指定(&amp;M) *</source>
        <translation>&amp;Setting *</translation>
    </message>
    <message>
        <source>指定（必須）</source>
        <translation>Setting (required)</translation>
    </message>
    <message>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>免除のときは必須です。一覧にない理由も入力できます。</source>
        <translation>Required for an exemption. You can also type a reason that is not in the list.</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* marks required fields.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U) *</source>
        <translation>&amp;User name *</translation>
    </message>
    <message>
        <source>ユーザー名（必須）</source>
        <translation>User name (required)</translation>
    </message>
    <message>
        <source>表示名(&amp;D)</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>表示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>役割(&amp;R) *</source>
        <translation>&amp;Role *</translation>
    </message>
    <message>
        <source>役割（必須）</source>
        <translation>Role (required)</translation>
    </message>
    <message>
        <source>初期パスワード(&amp;P) *</source>
        <translation>Initial &amp;password *</translation>
    </message>
    <message>
        <source>初期パスワード（必須）</source>
        <translation>Initial password (required)</translation>
    </message>
    <message>
        <source>10文字以上。利用者は初回ログイン時に変更します。</source>
        <translation>At least 10 characters. The user changes it at first login.</translation>
    </message>
    <message>
        <source>有効(&amp;A)</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>是正処置の確認（確認済）を許可する（監査人向け）(&amp;V)</source>
        <translation>Allow &amp;verifying corrective actions (for auditors)</translation>
    </message>
    <message>
        <source>是正処置の確認（確認済）を許可する（監査人向け）</source>
        <translation>Allow verifying corrective actions (for auditors)</translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation>* Required field</translation>
    </message>
</context>
</TS>
