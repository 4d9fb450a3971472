// &str find/rfind with char, &str, String, closure, char array and slice patterns; contains and empty patterns.
fn main() {
    let s = "the quick brown fox jumps over the lazy dog";
    println!("{:?} {:?}", s.find('o'), s.rfind('o'));
    println!("{:?} {:?}", s.find("the"), s.rfind("the"));
    let needle = String::from("fox");
    println!("{:?} {:?}", s.find(&needle), s.find(needle.as_str()));
    println!("{:?} {:?}", s.find(|c: char| c.is_uppercase()), s.find(char::is_whitespace));
    println!("{:?} {:?}", s.find(['x', 'z']), s.rfind(['x', 'z']));
    println!("{:?}", s.find(&['q', 'j'][..]));
    println!("{:?} {:?}", s.find(""), s.rfind(""));
    println!("{:?}", "".find('a'));
    println!("{:?}", "aaa".find("aa"));
    println!("{:?}", "aaa".rfind("aa"));
    let u = "naïve café";
    println!("{:?} {:?} {:?}", u.find('é'), u.find("ve"), u.rfind(|c: char| !c.is_ascii()));
    println!("{} {} {}", s.contains("lazy"), s.contains('Q'), s.contains(|c: char| c.is_ascii_digit()));
    if let Some(i) = s.find("brown") {
        println!("after: {:?}", &s[i..]);
    }
    let mut positions = Vec::new();
    let mut start = 0;
    while let Some(off) = s[start..].find("o") {
        positions.push(start + off);
        start += off + 1;
    }
    println!("{:?}", positions);
    println!("{:?}", s.char_indices().filter(|(_, c)| *c == 'e').map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", s.split(' ').position(|w| w == "fox"));
}
