// Common String and &str methods: case, trim, replace, find, contains, split, repeat.
fn main() {
    let s = String::from("  Hello, World  ");
    println!("[{}]", s.trim());
    println!("[{}]", s.trim_start());
    println!("[{}]", s.trim_end());
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    println!("{}", s.replace("l", "L"));
    println!("{:?} {:?}", s.find("World"), s.find('z'));
    println!("{} {}", s.contains("lo, W"), s.starts_with("  H"));
    let parts: Vec<&str> = "a-b--c".split('-').collect();
    println!("{parts:?}");
    let words: Vec<&str> = " one two  three ".split_whitespace().collect();
    println!("{words:?}");
    println!("{}", "ab".repeat(3));
    println!("{:?}", "key=value=x".split_once('='));
    println!("{:?}", "a,b,c".rsplit(',').collect::<Vec<_>>());
    println!("{}", "hello".strip_prefix("he").unwrap_or("none"));
}
