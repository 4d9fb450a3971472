// Iterator adapters over words: flat_map, chain, step_by, skip, rev, peekable, position, nth, min_by_key, product.
fn main() {
    let lines = ["the cat sat", "on the mat", "", "with a hat and a bat"];
    let words: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
    println!("{} words: {:?}", words.len(), words);
    let every_third: Vec<&str> = words.iter().step_by(3).copied().collect();
    println!("every third: {:?}", every_third);
    let tail: Vec<String> = words.iter().rev().skip(2).take(3).map(|w| w.to_uppercase()).collect();
    println!("rev skip 2 take 3: {:?}", tail);
    let at = words.iter().position(|&w| w == "mat");
    println!("position of mat: {:?}, nth(4): {:?}, last: {:?}", at, words.iter().nth(4), words.last());
    let shortest = words.iter().min_by_key(|w| w.len()).unwrap();
    let longest = words.iter().rev().max_by_key(|w| w.len()).unwrap();
    println!("shortest {} longest {}", shortest, longest);
    let rhymes: Vec<&&str> = words.iter().filter(|w| w.ends_with("at")).collect();
    println!("rhymes with -at: {}", rhymes.len());
    println!("any 'and': {}, all lowercase: {}", words.contains(&"and"), words.iter().all(|w| w.chars().all(char::is_lowercase)));
    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    let product: u64 = lengths.iter().take(5).map(|&l| l as u64).product();
    println!("lengths {:?} product of first five {}", lengths, product);
    let mut it = words.iter().peekable();
    let mut groups: Vec<String> = Vec::new();
    while let Some(w) = it.next() {
        let mut group = vec![*w];
        while let Some(next) = it.peek() {
            if next.len() == w.len() {
                group.push(it.next().unwrap());
            } else {
                break;
            }
        }
        groups.push(group.join("+"));
    }
    println!("runs of equal length: {:?}", groups);
    let numbered: Vec<String> = (1..).zip(lines.iter().filter(|l| !l.is_empty())).map(|(i, l)| format!("{}:{}", i, l)).collect();
    println!("{}", numbered.join(" | "));
    let joined: String = words.iter().take(3).chain(words.iter().skip(10)).map(|w| &w[..1]).collect();
    println!("initials {}", joined);
    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 3);
    println!("short {:?} long {}", short, long.len());
    let total_chars = words.iter().fold(0, |acc, w| acc + w.len());
    println!("chars {}", total_chars);
}
