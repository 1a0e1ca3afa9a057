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
        <source>日付は YYYY-MM-DD で指定してください: {v}</source>
        <translation>Give the date as YYYY-MM-DD: {v}</translation>
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
        <source>CSV の文字コード（既定: BOM付き UTF-8）</source>
        <translation>CSV encoding (default: UTF-8 with BOM)</translation>
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
        <source>エラーがあるため、何も取り込んでいません。</source>
        <translation>Nothing was imported because of errors.</translation>
    </message>
    <message>
        <source>--dry-run のため書き込んでいません。</source>
        <translation>Nothing written (--dry-run).</translation>
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
        <source>登録</source>
        <translation>Register</translation>
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
        <source>使用可</source>
        <translation>available</translation>
    </message>
    <message>
        <source>使用不可（この PC では秘密情報を保存できません）</source>
        <translation>unavailable (this PC cannot store secrets)</translation>
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
        <source>（未設定）</source>
        <translation>(not set)</translation>
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
        <source>CSV / Excel (*.csv *.txt *.xlsx);;すべてのファイル (*)</source>
        <translation>CSV / Excel (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>ファイルを選んでください。</source>
        <translation>Choose a file.</translation>
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
        <source>状態</source>
        <translation>Status</translation>
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
        <source>日時</source>
        <translation>Date and time</translation>
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
        <translation>Record</translation>
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
        <source>ダッシュボード&#x3000;{fy}</source>
        <translation>Dashboard – {fy}</translation>
    </message>
    <message>
        <source>この画面でできるようになること</source>
        <translation>What you will be able to do here</translation>
    </message>
    <message>
        <source>この機能は準備中です。</source>
        <translation>This feature is not available yet.</translation>
    </message>
    <message>
        <source>事故と事故になりかけた事例（ヒヤリハット）を一つの台帳で記録し、対応の流れと報告期限を管理します。</source>
        <translation>Records incidents and near-misses in one register and tracks the response and the reporting deadlines.</translation>
    </message>
    <message>
        <source>ヒヤリハットを1分で登録し、必要ならインシデントに切り替え（履歴は残ります）</source>
        <translation>Log a near-miss in a minute and turn it into an incident if needed (the history is kept)</translation>
    </message>
    <message>
        <source>受付 → 初動対応 → 調査 → 復旧 → 再発防止 → 完了 の対応経過を時系列で記録</source>
        <translation>A timeline of the response: reported → first response → investigation → recovery → prevention → closed</translation>
    </message>
    <message>
        <source>個人情報の漏えい等で生じる報告義務（個人情報保護委員会への速報・確報、本人通知、都道府県）と期限の自動算出、期限超過の赤表示</source>
        <translation>Reporting duties after a personal data breach (preliminary and final reports to the Personal Information Protection Commission, notifying the people affected, the prefecture) with deadlines calculated automatically and overdue ones shown in red</translation>
    </message>
    <message>
        <source>2文字の日本語（紛失・誤送 など）からの全文検索、所属・分類・重大度などでの絞り込み</source>
        <translation>Full-text search from two Japanese characters (紛失, 誤送 …) and filters by department, category, severity and more</translation>
    </message>
    <message>
        <source>CISO 向けインシデント報告書（PDF）と一覧の CSV / Excel 出力</source>
        <translation>Incident report for the CISO (PDF) and list export to CSV / Excel</translation>
    </message>
    <message>
        <source>研修・訓練</source>
        <translation>Training &amp; drills</translation>
    </message>
    <message>
        <source>全職員必須の情報セキュリティ研修、システム保有所属の上級研修、標的型攻撃メール訓練の受講状況を管理します。</source>
        <translation>Tracks who has completed the mandatory security training for all staff, the advanced training for departments that own systems, and the targeted phishing drills.</translation>
    </message>
    <message>
        <source>年度ごとの研修の設定と、期限日時点の所属に基づく対象者の自動算出（免除の理由も記録）</source>
        <translation>Courses set up per fiscal year, with the people required worked out from their department on the due date (reasons for exemptions are recorded)</translation>
    </message>
    <message>
        <source>職員番号の連続入力やe-ラーニング結果・GoPhish の訓練結果の取り込み</source>
        <translation>Quick entry of staff numbers and import of e-learning and GoPhish drill results</translation>
    </message>
    <message>
        <source>所属別の受講率と目標（100%）の比較、未受講者一覧の所属別出力</source>
        <translation>Completion rate by department against the target (100%), and lists of those not yet trained per department</translation>
    </message>
    <message>
        <source>訓練でリンクを繰り返し開いた職員の把握とフォローアップ研修の割り当て</source>
        <translation>Spot staff who repeatedly click links in drills and assign them follow-up training</translation>
    </message>
    <message>
        <source>監査・自己点検</source>
        <translation>Audits &amp; self-assessment</translation>
    </message>
    <message>
        <source>外部監査・内部監査・自己点検の指摘事項と是正処置を、完了の確認まで追跡します。</source>
        <translation>Tracks findings of external audits, internal audits and self-assessments and their corrective actions until completion is verified.</translation>
    </message>
    <message>
        <source>監査項目（チェックリスト）の取り込みと年度ごとの版管理</source>
        <translation>Import of audit checklists, versioned per fiscal year</translation>
    </message>
    <message>
        <source>所属ごとの自己点検の回答と回答率、「いいえ」からの指摘事項の作成</source>
        <translation>Self-assessment answers and response rate per department; findings created from “No” answers</translation>
    </message>
    <message>
        <source>是正処置の担当・期限・進捗・証跡の管理と、期限超過の強調表示</source>
        <translation>Owner, due date, progress and evidence of corrective actions, with overdue ones highlighted</translation>
    </message>
    <message>
        <source>監査結果報告書・フォローアップ状況報告書（PDF）と Excel 出力</source>
        <translation>Audit result and follow-up status reports (PDF) and Excel export</translation>
    </message>
    <message>
        <source>CISO や監査委員会に提出する報告書と、監査人向けの出力をまとめて作成します。</source>
        <translation>Creates the reports for the CISO and the audit committee, and the exports for auditors.</translation>
    </message>
    <message>
        <source>年次情報セキュリティ報告書（令和N年度）: インシデント、研修受講率、監査指摘の状況</source>
        <translation>Annual information security report for each fiscal year: incidents, training completion, audit findings</translation>
    </message>
    <message>
        <source>監査人向け Excel ブック（台帳ごとのシート）と台帳ごとの CSV</source>
        <translation>Excel workbook for auditors (one sheet per register) and a CSV per register</translation>
    </message>
    <message>
        <source>作成は画面を止めずに行い、進捗表示とキャンセルが可能</source>
        <translation>Reports are built in the background, with progress shown and a Cancel button</translation>
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
        <source>開く (Enter)</source>
        <translation>Open (Enter)</translation>
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
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>ファイルを書き込めません（{path}）: {error}</source>
        <translation>Cannot write the file ({path}): {error}</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation>Kana</translation>
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
        <source>{n}文字以内で入力してください。</source>
        <translation>At most {n} characters.</translation>
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
        <source>次のいずれかを選んでください: {c}</source>
        <translation>Choose one of: {c}</translation>
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
        <source>AES-256-GCM で暗号化する（鍵は OS の資格情報マネージャー）</source>
        <translation>encrypt with AES-256-GCM (key kept in the OS credential manager)</translation>
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
        <source>現在のデータベースが開けないとき、ログインなしで置き換える</source>
        <translation>replace the current database without logging in, when it cannot be opened</translation>
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
        <source>復元しました。置き換えたデータベースの複製: {p}</source>
        <translation>Restored. Copy of the replaced database: {p}</translation>
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
