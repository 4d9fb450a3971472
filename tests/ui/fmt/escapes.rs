// Debug escapes strings and chars; Display does not; {{ and }} print braces.
fn main() {
    let s = "tab\there \"quoted\" back\\slash\nnewline";
    println!("{s}");
    println!("{s:?}");
    println!("{:?} {:?} {:?} {:?}", '\'', '"', '\n', 'é');
    println!("{:?}", "é ☃ \u{7f} \u{0}");
    println!("{{}} {{{}}}", 5);
    println!("{:?}", "\r\u{1b}[0m");
    println!("{:?}", '\u{200b}');
    let raw = r"raw \n stays";
    println!("{raw} {raw:?}");
    println!("{:?}", b"bytes\n");
}
