// String APIs: split_whitespace, char_indices, rfind, splitn, trim_matches, strip_prefix
fn main() {
    let s = "  key=value; other = thing ;last=  ";
    for part in s.split(';') {
        let mut it = part.splitn(2, '=');
        let k = it.next().unwrap().trim();
        let v = it.next().map(|v| v.trim()).unwrap_or("");
        println!("[{k}] -> [{v}]");
    }
    let w = "hello world";
    for (i, c) in w.char_indices().filter(|(_, c)| *c == 'o') { println!("{i}:{c}"); }
    println!("{:?}", w.rfind('o'));
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?}", "prefix-rest".strip_prefix("prefix-"));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "Hello".to_uppercase().repeat(2));
    println!("{}", "abc".chars().rev().collect::<String>());
    let t: String = w.split_whitespace().map(|x| x.len().to_string()).collect::<Vec<_>>().join("+");
    println!("{t}");
    println!("{:?}", "one two  three".split(' ').collect::<Vec<&str>>());
    println!("{}", "ß".len());
    println!("{:?}", "abc".find("bc"));
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{:?}", "a-b_c".replace(['-', '_'], " "));
}
