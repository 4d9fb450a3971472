// char's is_ascii_* methods take &self, so they can be passed by name where a FnMut(&char) is expected.
fn main() {
    let text = "Rust 2024, edition!";
    let letters: String = text.chars().filter(char::is_ascii_alphabetic).collect();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let upper = text.chars().filter(char::is_ascii_uppercase).count();
    let all_ascii = text.chars().all(|c| c.is_ascii());
    let punct: Vec<char> = text.chars().filter(char::is_ascii_punctuation).collect();
    println!("{} {} {} {} {:?}", letters, digits, upper, all_ascii, punct);
    let c = 'x';
    println!("{} {}", c.is_ascii_hexdigit(), 'F'.is_ascii_hexdigit());
}
