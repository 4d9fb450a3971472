// &str trimming, stripping, finding, replacing and case: trim_*_matches, strip_*, find/rfind, replacen.
fn main() {
    let s = "xxhello worldxx";
    println!("{:?} {:?} {:?}", s.trim_matches('x'), s.trim_start_matches('x'), s.trim_end_matches("xx"));
    println!("{:?}", "  \t padded \n".trim());
    println!("{:?} {:?}", "  padded  ".trim_start(), "  padded  ".trim_end());
    println!("{:?}", "123abc456".trim_start_matches(|c: char| c.is_ascii_digit()));
    println!("{:?} {:?}", "file.tar.gz".strip_suffix(".gz"), "file.tar.gz".strip_suffix(".zip"));
    println!("{:?} {:?}", "Mr. Smith".strip_prefix("Mr. "), "Mr. Smith".strip_prefix('M'));
    println!("{:?} {:?} {:?}", s.find('o'), s.rfind('o'), s.find("zz"));
    println!("{:?}", s.find(|c: char| c == ' '));
    println!("{:?}", s.find(char::is_whitespace));
    println!("{} {} {}", s.contains("wor"), s.contains('z'), s.contains(|c: char| c.is_uppercase()));
    println!("{} {}", s.starts_with("xx"), s.ends_with(char::is_alphabetic));
    println!("{}", "a-b-c-d".replace('-', "+"));
    println!("{}", "a-b-c-d".replacen('-', "", 2));
    println!("{}", "aaaa".replacen("aa", "b", 1));
    println!("{}", "Hello WORLD Straße".to_lowercase());
    println!("{}", "Hello world straße".to_uppercase());
    println!("{} {}", "MiXeD".to_ascii_lowercase(), "MiXeD".to_ascii_uppercase());
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    println!("{}", "ab".repeat(3));
    println!("{}", "=".repeat(0).is_empty());
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    println!("{:?}", "héllo".char_indices().collect::<Vec<_>>());
    println!("{:?}", "hé".bytes().collect::<Vec<u8>>());
    println!("{} {}", "héllo".len(), "héllo".chars().count());
    println!("{:?} {:?}", "héllo".get(0..2), "héllo".get(0..3));
    println!("{} {}", "héllo".is_char_boundary(2), "héllo".is_char_boundary(3));
    let title: String = "the quick fox".split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
}
