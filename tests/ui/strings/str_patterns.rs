// str patterns: char, closure, &String and char-slice patterns; rsplit, splitn, matches, strip, trim_matches, replace.
fn main() {
    let s = String::from("hello world, hello all");
    println!("{} {} {}", s.contains('w'), s.starts_with("he"), s.ends_with(char::is_alphabetic));
    println!("{:?} {:?} {:?}", s.find(','), s.rfind("hello"), s.find(|c: char| c.is_ascii_punctuation()));
    let parts: Vec<&str> = s.split(|c: char| c == ',' || c == ' ').collect();
    println!("{:?}", parts);
    println!("{:?}", s.rsplit(' ').collect::<Vec<&str>>());
    println!("{:?}", s.splitn(2, ", ").collect::<Vec<&str>>());
    println!("{:?}", "a,b,,c,".split_terminator(',').collect::<Vec<&str>>());
    println!("{} {:?}", s.matches("hello").count(), s.rsplit_once(' '));
    let sep = String::from(", ");
    println!("{:?} {:?}", s.split_once(&sep), s.strip_prefix("hello ").and_then(|r| r.strip_suffix('l')));
    println!("{} {}", "xxhixx".trim_matches('x'), "123abc456".trim_start_matches(char::is_numeric));
    let a = s.replace("hello", "bye");
    let b = s.replace('o', "0");
    let c = s.replace("l", "LL");
    let d = s.replacen("hello", "x", 1);
    let e = s.replace(' ', "_");
    let f = s.replace(char::is_whitespace, "");
    println!("{a} {b} {c} {d} {e} {f}");
}
