using Microsoft.AspNetCore.Identity;

namespace Renkei.Core.Accounts;

/// <summary>Identity's messages in Japanese, for the ones a user of this portal can meet.</summary>
public sealed class JapaneseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"メールアドレス {email} は既に登録されています。" };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"メールアドレス {userName} は既に登録されています。" };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"メールアドレス「{email}」の形式が正しくありません。" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"「{userName}」はログインIDに使えません。" };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"パスワードは{length}文字以上にしてください。" };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "パスワードには数字を1文字以上含めてください。" };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "パスワードには英小文字を1文字以上含めてください。" };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "パスワードには英大文字を1文字以上含めてください。" };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "パスワードには記号を1文字以上含めてください。" };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"パスワードには{uniqueChars}種類以上の文字を使ってください。" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "現在のパスワードが正しくありません。" };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "他の方が先に更新しました。読み込み直してください。" };
}
