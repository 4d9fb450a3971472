// Collections: strings, chars, bytes, pig latin conversion and string building.
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = match chars.next() {
        Some(c) => c,
        None => return String::new(),
    };
    if "aeiouAEIOU".contains(first) {
        format!("{word}-hay")
    } else {
        let rest: String = chars.collect();
        format!("{rest}-{}ay", first.to_ascii_lowercase())
    }
}

fn main() {
    let sentence = "first apple banana Orange rust";
    let converted: Vec<String> = sentence.split_whitespace().map(pig_latin).collect();
    println!("{}", converted.join(" "));
    let mut s = String::with_capacity(8);
    s.push_str("foo");
    s.push('b');
    s += "ar";
    println!("{s} len={} cap>=len: {}", s.len(), s.capacity() >= s.len());
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = s1 + "-" + &s2 + "-" + &s3;
    println!("{s}");
    let hello = "Здравствуйте";
    println!("{} bytes, {} chars", hello.len(), hello.chars().count());
    println!("{}", &hello[0..4]);
    for c in "नमस्ते".chars().take(3) {
        print!("[{c}]");
    }
    println!();
    let upper = sentence.to_uppercase();
    println!("{upper}");
    println!("{}", sentence.replace("a", "4"));
    let words: Vec<&str> = sentence.split(' ').filter(|w| w.len() > 4).collect();
    println!("{:?}", words);
    println!("{:?}", "  padded\t".trim());
    println!("{}", "abc".repeat(3));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{} {}", "rust".starts_with("ru"), "rust".ends_with("x"));
    println!("{:?} {:?}", "hello".find('l'), "hello".find("z"));
    let rev: String = "stressed".chars().rev().collect();
    println!("{rev}");
    let bytes = "AZ".bytes().map(|b| b.to_string()).collect::<Vec<_>>().join(",");
    println!("{bytes}");
}
