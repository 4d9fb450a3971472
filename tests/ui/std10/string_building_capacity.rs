// String building and capacity
fn main() {
    let mut s = String::with_capacity(4);
    for w in ["ab", "cde", "f", "ghijk"] { s.push_str(w); println!("{} {} {}", s, s.len(), s.capacity()); }
    s.truncate(3);
    s.shrink_to_fit();
    println!("{} {}", s, s.capacity());
    let mut t = String::new();
    for i in 0..20 { t.push(char::from(b'a' + (i % 26) as u8)); }
    println!("{} {}", t.capacity(), t);
    t.insert(0, '>');
    t.insert_str(1, "--");
    println!("{}", t);
    println!("{:?}", t.pop());
    t.retain(|c| c != 'a');
    println!("{}", t);
    let u = t.split_off(10);
    println!("{t}|{u}");
    let mut v: Vec<String> = Vec::with_capacity(2);
    v.push("x".repeat(3)); v.push(format!("{:>5}", 42)); v.push(String::from_utf8(vec![104, 105]).unwrap());
    println!("{:?} {}", v, v.capacity());
    v.reserve(10);
    println!("{}", v.capacity());
    let joined = v.concat();
    println!("{} {}", joined, joined.len());
    let bytes = joined.as_bytes();
    println!("{:?}", &bytes[..3]);
    let mut buf = String::new();
    for n in 1..=3 { buf.clear(); use std::fmt::Write; write!(buf, "n={n};").unwrap(); print!("{buf}"); }
    println!();
    let c: Vec<char> = "héllo".chars().collect();
    println!("{} {}", c.len(), "héllo".len());
    println!("{}", &"héllo"[0..3]);
    println!("{}", String::from("abc") + "def" + &String::from("g"));
    let mut owned = "x".to_owned(); owned += "yz"; println!("{owned}");
    println!("{:?}", "a=1".split_once('='));
    println!("{}", "Title Case".chars().filter(|c| c.is_uppercase()).count());
    println!("{:?}", "abc".char_indices().map(|(i, c)| format!("{i}{c}")).collect::<String>());
    println!("{}", "tic-tac".to_string().replacen("t", "T", 1));
    println!("{:?}", "1 2 3".split(' ').map(str::parse::<i32>).collect::<Result<Vec<_>, _>>());
}
