// Ownership: moves into functions, returning ownership, clone, references and slices.
fn takes_ownership(s: String) -> usize {
    println!("took {s}");
    s.len()
}

fn gives_back(mut s: String) -> String {
    s.push_str(" and back");
    s
}

fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return &s[..i];
        }
    }
    &s[..]
}

fn change(s: &mut String) {
    s.push_str(", world");
}

fn main() {
    let s1 = String::from("hello");
    let s2 = s1.clone();
    let n = takes_ownership(s1);
    println!("len {n}, still have {s2}");
    let s3 = gives_back(s2);
    println!("{s3}");
    let mut s = String::from("hello");
    change(&mut s);
    let r1 = &s;
    let r2 = &s;
    println!("{r1} / {r2}");
    let w = first_word(&s);
    println!("first word: {w}");
    let literal = "quick brown fox";
    println!("first word: {}", first_word(literal));
    println!("slice: {}", &literal[6..11]);
    let a = [1, 2, 3, 4, 5];
    let part = &a[1..3];
    println!("{:?} sum {}", part, part.iter().sum::<i32>());
    let mut v = vec![String::from("a"), String::from("b")];
    let taken = std::mem::take(&mut v[0]);
    v[1].push('!');
    println!("{taken:?} {v:?}");
    let x = 5;
    let y = x;
    println!("{x} {y}");
    let boxed = Box::new(String::from("boxed"));
    let unboxed: String = *boxed;
    println!("{unboxed}");
}
