// Taking Strings out of a Vec<String> through iter_mut with mem::take, and Option::take on fields.
struct Slot {
    name: Option<String>,
}

fn main() {
    let mut words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let mut taken = Vec::new();
    for w in words.iter_mut() {
        if w.len() > 4 {
            taken.push(std::mem::take(w));
        }
    }
    println!("{:?} {:?}", words, taken);
    let mut slots = vec![Slot { name: Some("x".into()) }, Slot { name: None }];
    let names: Vec<String> = slots.iter_mut().filter_map(|s| s.name.take()).collect();
    println!("{:?} {}", names, slots.iter().all(|s| s.name.is_none()));
    let first = &mut words[0];
    first.push_str("ALPHA");
    let len = first.len();
    words.push(len.to_string());
    println!("{:?}", words);
}
