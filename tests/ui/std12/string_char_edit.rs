// String editing by characters: insert/insert_str at char boundaries, remove, pop, retain, replace_range, truncate, split_off, with capacities.
fn main() {
    let mut s = String::with_capacity(4);
    s.push('h');
    s.push('é');
    s.push_str("llo");
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    s.insert(0, '¡');
    s.insert_str(s.len(), " world");
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    let idx = s.find('l').unwrap();
    s.insert(idx, '-');
    println!("{}", s);
    let removed = s.remove(0);
    println!("{:?} {}", removed, s);
    println!("{:?} {:?} {}", s.pop(), s.pop(), s);
    s.retain(|c| c != 'l');
    println!("{} cap {}", s, s.capacity());
    s.replace_range(..3, "HE");
    println!("{}", s);
    let space = s.find(' ').unwrap();
    s.replace_range(space.., " there, friend");
    println!("{} cap {}", s, s.capacity());
    let tail = s.split_off(8);
    println!("{:?} {:?} caps {} {}", s, tail, s.capacity(), tail.capacity());
    s.truncate(2);
    println!("{:?} cap {}", s, s.capacity());
    s.clear();
    println!("{:?} {} cap {}", s, s.is_empty(), s.capacity());
    let mut t = String::from("abc");
    t.extend(['d', 'e']);
    t.extend(["fg", "h"]);
    t += "ij";
    println!("{} cap {}", t, t.capacity());
    let mut u = String::from("a-b-c");
    let removed: String = u.drain(..2).collect();
    println!("{:?} {:?}", removed, u);
    let rev_words: String = "one two three".split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("{} cap {}", rev_words, rev_words.capacity());
    let mut c = String::new();
    for (i, ch) in "abcdef".chars().enumerate() {
        if i > 0 && i % 2 == 0 {
            c.push('_');
        }
        c.push(ch);
    }
    println!("{} cap {}", c, c.capacity());
    let repeated = "ab".repeat(3);
    println!("{} cap {}", repeated, repeated.capacity());
    let replaced = "a.b.c".replacen('.', "::", 1);
    println!("{} cap {}", replaced, replaced.capacity());
    println!("{:?}", String::from_utf8(vec![0xe2, 0x82, 0xac]));
    println!("{:?}", String::from_utf8(vec![0xff]).map_err(|e| e.to_string()));
    let chars = vec!['x', 'y'];
    let from_chars = String::from_iter(chars);
    println!("{} cap {}", from_chars, from_chars.capacity());
}
