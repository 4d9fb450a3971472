// Ownership: moves into and out of functions, clone, borrowing, and String capacity.
fn takes_ownership(s: String) -> usize {
    println!("took {s}");
    s.len()
}

fn gives_back(mut s: String) -> String {
    s.push_str("!");
    s
}

fn calc_len(s: &String) -> usize {
    s.len()
}

fn change(s: &mut String) {
    s.push_str(", world");
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let s1 = String::from("hello");
    let s2 = s1.clone();
    let n = takes_ownership(s1);
    println!("len was {n}, s2 still {s2}");

    let s3 = gives_back(s2);
    println!("s3 = {s3}");

    let mut s4 = String::with_capacity(4);
    println!("cap {} len {}", s4.capacity(), s4.len());
    for word in ["a", "bb", "ccc", "dddd"] {
        s4.push_str(word);
        println!("after {word}: len {} cap {}", s4.len(), s4.capacity());
    }
    println!("calc_len {}", calc_len(&s4));

    let mut greeting = String::from("hello");
    change(&mut greeting);
    println!("{greeting}");
    let w = first_word(&greeting);
    println!("first word: {w}");

    let r1 = &greeting;
    let r2 = &greeting;
    println!("{r1} and {r2}");
    let r3 = &mut greeting;
    r3.make_ascii_uppercase();
    println!("{r3}");

    let v = vec![String::from("x"), String::from("y")];
    let moved = v;
    let total: usize = moved.iter().map(|s| s.len()).sum();
    println!("total {total}");
    let (a, b) = (5, a_copy(5));
    println!("{a} {b}");
    let mut names = Vec::new();
    for s in moved {
        names.push(s + "_moved");
    }
    println!("{:?}", names);
    greeting.clear();
    println!("cleared: '{}' cap {}", greeting, greeting.capacity() >= 12);
}

fn a_copy(x: i32) -> i32 {
    x + 1
}
