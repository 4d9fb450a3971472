// Ownership goes into a function and comes back out; a borrowed version needs no transfer.
fn take_and_give_back(s: String) -> String {
    println!("inside: {} ({} bytes)", s, s.len());
    s
}

fn append_suffix(mut s: String, suffix: &str) -> String {
    s.push_str(suffix);
    s
}

fn consume(s: String) -> usize {
    let n = s.len();
    println!("consumed {}", s);
    n
}

fn length(s: &String) -> usize {
    s.len()
}

fn main() {
    let s1 = String::from("memoire");
    let s2 = take_and_give_back(s1);
    let s3 = append_suffix(s2, " vive");
    println!("s3 = {} (capacity {})", s3, s3.capacity());
    println!("length by borrow: {}", length(&s3));
    let n = consume(s3);
    println!("consumed {} bytes", n);

    let names = vec![String::from("pile"), String::from("tas")];
    let mut lengths = Vec::new();
    for name in names {
        lengths.push(consume(name));
    }
    println!("lengths {:?}", lengths);
}
