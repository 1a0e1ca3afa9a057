<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name></name>
    <message>
        <source>データベースを作成（または最新の形式に更新）し、最初の管理者を登録する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最初の管理者のユーザー名（パスワードは SECDESK_PASSWORD またはプロンプト）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者の表示名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーを追加する（管理者のみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいユーザーのパスワードを標準入力の1行目から読む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーの一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分のパスワードを変更する（新しいパスワードは SECDESK_NEW_PASSWORD またはプロンプト）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースの整合性と監査ログの改ざんを検査する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>デモ用のデータ（所属・職員・ユーザーなど）を追加する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースは最新の形式です: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最初の管理者を --admin NAME で指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者のパスワード: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者 {name} を登録しました: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} の初期パスワード: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー {name}（{role}）を追加しました。初回ログイン時にパスワードの変更が必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>無効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>現在のパスワード: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワード: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードを変更しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査ログ: {n} 件、改ざんは見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査ログ: 記録 {seq} で不整合があります。{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検査に合格しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードを入力できません。SECDESK_PASSWORD 環境変数で指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>もう一度入力してください: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードが一致しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この操作には --user でユーザー名の指定が必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} のパスワード: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} は初回ログインのためパスワードの変更が必要です。`secdesk --user {user} passwd` で変更してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーアカウントの管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルの取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルへの書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 報告書の作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk: 情報セキュリティ担当（CSIRT）のための業務ツール。引数なしで画面を開きます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベース（SQLite のファイルパスまたは PostgreSQL の URL）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作するユーザー（パスワードは SECDESK_PASSWORD またはプロンプト）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示言語（既定: 環境の言語、通常は日本語）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中断しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日付は YYYY-MM-DD で指定してください: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人事の職員一覧（CSV / Excel）を取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>異動・退職の発効日（既定: 今日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差分を表示するだけで書き込まない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルにない在職者を退職扱いにする（全職員のファイルのとき）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel のシート名（既定: 先頭のシート）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員一覧を CSV / Excel に書き出す（取り込みと同じ列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV の文字コード（既定: BOM付き UTF-8）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在職者だけを書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {n} 行を読みました（{enc}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルにない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [新しい所属] {code} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [所属名の変更] {code} {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラーがあるため、何も取り込んでいません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run のため書き込んでいません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 名を書き出しました: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>デモデータは職員が登録されていないデータベースにだけ追加できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属 {d} 件、職員 {s} 名を登録しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>デモ用ユーザー {users} を作成しました（パスワード: {pw}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行目: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSIRT担当</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>研修担当</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閲覧者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーの編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーの追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>団体の設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} の仮パスワード（10文字以上）。次回ログイン時に本人が変更します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk - データベースを開けません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk - ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベース: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>画面をロックしています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk - 最初の管理者の登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確認用のパスワードが一致しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者が設定したパスワードでログインしました。続ける前に、自分だけが知るパスワード（10文字以上）に変更してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存できませんでした（同時編集）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あなたの入力は画面に残っています。下の表で違いを確かめ、必要なら内容を直してから保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あなたの入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存されている内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV・UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV・Shift_JIS（古い Excel 用） (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出しました: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。作業内容は保存されていない可能性があります。
{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更は保存されていません。破棄して閉じますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk - 情報セキュリティ業務</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メニュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの変更(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>画面をロック(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新の情報に更新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新規作成(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk について(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者: {name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk - ロック中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk について</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk {v}
情報セキュリティ担当（CSIRT）のための業務ツール

同梱フォント: BIZ UDゴシック（SIL Open Font License 1.1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>キャンセルしました。何も変更していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（無効）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員の編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員の追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属の履歴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>開始日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>現在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属の編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属の追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（なし・最上位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員一覧の取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>戻る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次へ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人事から届いた職員一覧（CSV または Excel）を選んでください。文字コード（UTF-8 / Shift_JIS）は自動で判別します。取り込む前に、追加・異動・退職の一覧を確認できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参照…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル(&amp;F) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>異動・退職の発効日(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全職員のファイルとして扱う（ファイルにない在職者を退職にする）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルの列と secdesk の項目の対応を確認してください（* は必須）。この対応は次回も使います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラーの行を除いて、正しい行だけを取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込みで変わる内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員一覧のファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV / Excel (*.csv *.txt *.xlsx);;すべてのファイル (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルを読み込んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（使わない）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差分を確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} 行を読みました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい所属: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名の変更: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー {n} 件（このままでは何も取り込みません）:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ダッシュボード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>インシデント・ヒヤリハット</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>研修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員・所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>報告書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査ログ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役割</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最終ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの再設定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ロック解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>変更…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改ざん検査</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>さらに古い記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検査しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {n} 件の記録を検査しました。改ざんは見つかりませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ 記録 {seq} で不整合: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>・ロック中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>・要パスワード変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クリックすると内訳の一覧を開きます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ダッシュボード&#x3000;{fy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事故と事故になりかけた事例（ヒヤリハット）を一つの台帳で記録し、対応の流れと報告期限を管理します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ヒヤリハットを1分で登録し、必要ならインシデントに切り替え（履歴は残ります）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受付 → 初動対応 → 調査 → 復旧 → 再発防止 → 完了 の対応経過を時系列で記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人情報の漏えい等で生じる報告義務（個人情報保護委員会への速報・確報、本人通知、都道府県）と期限の自動算出、期限超過の赤表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2文字の日本語（紛失・誤送 など）からの全文検索、所属・分類・重大度などでの絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CISO 向けインシデント報告書（PDF）と一覧の CSV / Excel 出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>研修・訓練</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全職員必須の情報セキュリティ研修、システム保有所属の上級研修、標的型攻撃メール訓練の受講状況を管理します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度ごとの研修の設定と、期限日時点の所属に基づく対象者の自動算出（免除の理由も記録）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号の連続入力やe-ラーニング結果・GoPhish の訓練結果の取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属別の受講率と目標（100%）の比較、未受講者一覧の所属別出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>訓練でリンクを繰り返し開いた職員の把握とフォローアップ研修の割り当て</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査・自己点検</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外部監査・内部監査・自己点検の指摘事項と是正処置を、完了の確認まで追跡します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査項目（チェックリスト）の取り込みと年度ごとの版管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属ごとの自己点検の回答と回答率、「いいえ」からの指摘事項の作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是正処置の担当・期限・進捗・証跡の管理と、期限超過の強調表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査結果報告書・フォローアップ状況報告書（PDF）と Excel 出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CISO や監査委員会に提出する報告書と、監査人向けの出力をまとめて作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年次情報セキュリティ報告書（令和N年度）: インシデント、研修受講率、監査指摘の状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>監査人向け Excel ブック（台帳ごとのシート）と台帳ごとの CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作成は画面を止めずに行い、進捗表示とキャンセルが可能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属を編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号・氏名・フリガナで検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分で絞り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退職者も表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員を追加 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>開く (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退職 / 復職</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員一覧の取り込み…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出し…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべての所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情報システムを保有する所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべての雇用区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} を退職（無効）にしますか? 記録は削除されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} を復職（有効）にしますか?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員一覧の書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限超過</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限間近</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルを書き込めません（{path}）: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役職</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在職</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必須の列「{name}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列「{name}」がファイルにありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルを開けません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルが空です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイルが大きすぎます（{mb} MB、上限 {limit} MB）。分割してから読み込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>旧形式の Excel ファイル（.xls）は読み込めません。.xlsx または CSV で保存し直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV または Excel（.xlsx）のファイルではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字コードを判別できません。UTF-8 または Shift_JIS（CP932）で保存したファイルを指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1行目に列名（見出し）がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行目付近で CSV として読めません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列が多すぎます（{n}列、上限 {limit}列）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行が多すぎます（上限 {limit}行）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行目に長すぎる値があります（{n}文字、上限 {limit}文字）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel ファイルとして読めません: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>シート「{sheet}」がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line}行目の「{ch}」は Shift_JIS（CP932）で書けない文字です。UTF-8 で出力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードを安全に保存する仕組み（OS の資格情報マネージャー）が使えません。Windows では資格情報マネージャーが有効か確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>資格情報マネージャーを読めません: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>資格情報マネージャーに保存できません: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードは{n}文字以上にしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの前後に空白は使えません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名は64文字以内の英数字と . _ - @ で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者はすでに登録されています。ログインしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名またはパスワードが違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>現在のパスワードが違います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワードが現在のものと同じです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分自身の管理者権限は外せません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このユーザー名はすでに使われています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザーが見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効な管理者が一人もいなくなるため、変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他の利用者がこのユーザーを先に更新しました。最新の内容を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログインに{n}回続けて失敗したため、このアカウントは {time} までロックされています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この操作を行う権限がありません（{role}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在職職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>うち情報システム保有 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他の利用者がこの所属を先に更新しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分が見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分は1〜50文字で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属が見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属コードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属コードは32文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この所属コードはすでに使われています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名は100文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上位の所属が見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分自身や下位の所属を上位に指定することはできません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースの整合性エラー: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参照先のない行: {table} (rowid {rowid}) → {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL を使うには追加の部品が必要です: pip install &quot;secdesk[postgres]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいデータベースを作成しました: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースを新しい形式に更新しました（更新前の複製: {path}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>サーバー側のバックアップを利用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整数で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}から{high}の範囲で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次のいずれかを選んでください: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>団体名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出力物の取扱区分表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ネットワーク分離モデル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>無操作で画面をロックするまでの時間（分、0で無効）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不明な設定です: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出力先は .csv か .xlsx のファイル名にしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在職欄は「在職」か「退職」で入力してください（「{v}」）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登録の所属コード「{code}」です。所属名も入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号「{n}」が{line}行目と重複しています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号は32文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名は100文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フリガナは100文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールアドレスの形式が正しくありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役職は100文字以内で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他の利用者がこの職員を先に更新しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>異動日（{day}）は現在の所属の開始日（{start}）より後にしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この職員番号はすでに登録されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員が見つかりません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退職</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>無効化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>報告書作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン失敗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ロック中のログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード再設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録 {seq} がありません（削除または並べ替えの可能性）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録 {seq} の前記録ハッシュが一致しません（削除または並べ替えの可能性）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録 {seq} の内容が書き換えられています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録 {seq} 以降が失われています（末尾の削除の可能性）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他の利用者が同時にこの記録を保存しました。開き直してから保存してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースが他の処理によってロックされています。しばらく待ってから、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースが読み取り専用のため保存できません。ファイルの権限を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ディスクの空き容量が不足しているため保存できませんでした。変更は保存されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このファイルは secdesk のデータベースではないか、壊れています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースファイルを開けません。場所と権限を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データベースサーバーに接続できません。サーバーの状態と接続設定を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このデータベースには secdesk 以外の表があります。別のデータベースを指定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このデータベースは新しい版の secdesk で作られています（スキーマ {revision}）。secdesk を更新してから開いてください。データは変更していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作成: {at}&#x3000;作成者: {by}&#x3000;secdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>パスワードの変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワードを10文字以上で決めてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>現在のパスワード(&amp;O) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>現在のパスワード（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワード(&amp;N) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワード（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワード（確認）(&amp;C) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しいパスワード（確認、必須）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属コード(&amp;C) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属コード（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名(&amp;M) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属名（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上位の所属(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上位の所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情報システムを保有する所属（上級研修の対象）(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情報システムを保有する所属（上級研修の対象）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示順(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示順</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>最初の管理者の登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最初の管理者を登録します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このデータベースにはまだ利用者がいません。管理者のユーザー名とパスワードを決めてください。パスワードは10文字以上です。管理者はほかの利用者を追加できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示名(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: 情報政策課 山田</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード(&amp;P) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード（確認）(&amp;C) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード（確認、必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secdesk にログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettingsForm</name>
    <message>
        <source>団体の設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この設定はデータベースを共有するすべての端末に適用されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>団体名(&amp;N) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>団体名（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: 〇〇市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出力物の取扱区分表示(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出力物の取扱区分表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: 取扱注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ネットワーク分離モデル(&amp;M) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ネットワーク分離モデル（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>無操作でロックするまで（分）(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>無操作でロックするまで（分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ロックしない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号(&amp;N) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員番号（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名(&amp;M) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: 山田 太郎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フリガナ(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>フリガナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: ヤマダ タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>異動日(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>異動日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属を変えたとき、新しい所属になる日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役職(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役職</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>雇用区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールアドレス(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メールアドレス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>採用日(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>採用日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>ユーザー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名(&amp;U) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ユーザー名（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示名(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役割(&amp;R) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>役割（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初期パスワード(&amp;P) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初期パスワード（必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10文字以上。利用者は初回ログイン時に変更します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是正処置の確認（確認済）を許可する（監査人向け）(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是正処置の確認（確認済）を許可する（監査人向け）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* は必須項目です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
