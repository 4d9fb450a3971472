// Chapter 4: ownership, borrowing and string slices (first_word and friends).
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn calculate_length(s: &String) -> usize {
    s.len()
}

fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn takes_ownership(some_string: String) {
    println!("took {some_string}");
}

fn gives_back(s: String) -> String {
    let mut s = s;
    s.push('!');
    s
}

fn main() {
    let mut s = String::from("hello");
    change(&mut s);
    let len = calculate_length(&s);
    println!("The length of '{}' is {}.", s, len);
    let word = first_word(&s);
    println!("first word: {word}");
    let literal = "quick brown fox";
    println!("{}", first_word(literal));
    println!("{}", first_word(&literal[6..]));
    let s2 = s.clone();
    takes_ownership(s);
    let s3 = gives_back(s2);
    println!("{s3} {}", s3.len());
    let a = [1, 2, 3, 4, 5];
    let slice = &a[1..3];
    assert_eq!(slice, &[2, 3]);
    println!("{:?} {}", slice, slice.len());
    let mut owned = String::new();
    for w in literal.split_whitespace().rev() {
        if !owned.is_empty() {
            owned.push(' ');
        }
        owned += w;
    }
    println!("{owned} cap>=len: {}", owned.capacity() >= owned.len());
}
