// strip_prefix/strip_suffix and trim_matches/trim_start_matches/trim_end_matches with char, &str, closure and char arrays.
fn main() {
    let path = "/usr/local/bin/";
    println!("{:?} {:?}", path.strip_prefix('/'), path.strip_suffix('/'));
    println!("{:?} {:?}", path.strip_prefix("/usr"), path.strip_prefix("usr"));
    println!("{:?}", "v1.2.3".strip_prefix(['v', 'V']));
    println!("{:?}", "Version".strip_prefix(|c: char| c.is_uppercase()));
    println!("{:?}", "file.tar.gz".strip_suffix(".gz").and_then(|s| s.strip_suffix(".tar")));
    println!("{:?}", "".strip_prefix(""));
    println!("{:?}", "xxhixx".trim_matches('x'));
    println!("{:?}", "123abc456".trim_matches(char::is_numeric));
    println!("{:?}", "--==title==--".trim_matches(['-', '=']));
    println!("{:?}", "ababXab".trim_start_matches("ab"));
    println!("{:?}", "Xababab".trim_end_matches("ab"));
    println!("{:?}", "0001200".trim_start_matches('0'));
    println!("{:?}", "0001200".trim_end_matches('0'));
    println!("{:?}", "  \t mixed \n ".trim());
    println!("{:?} {:?}", "  both  ".trim_start(), "  both  ".trim_end());
    println!("{:?}", "\u{3000}wide\u{3000}".trim());
    println!("{:?}", "aaaa".trim_matches('a'));
    println!("{:?}", "12.50".trim_end_matches('0').trim_end_matches('.'));
    let owned = String::from("##tag##");
    let inner = owned.trim_matches('#').to_string();
    println!("{} cap {}", inner, inner.capacity());
    let lines = ["# comment", "code", "  # indented", "#"];
    for l in lines {
        match l.trim_start().strip_prefix('#') {
            Some(rest) => println!("comment {:?}", rest.trim()),
            None => println!("line {:?}", l),
        }
    }
}
