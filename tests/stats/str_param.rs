// A String parameter only read (hint), one that is moved and one passed where &String is required (no hints).
fn shout(msg: String) -> usize {
    println!("{}!", msg);
    msg.len() + msg.trim().len()
}

fn keep(names: &mut Vec<String>, name: String) {
    names.push(name);
}

fn needs_ref(s: &String) -> usize {
    s.len()
}

fn measure(s: String) -> usize {
    needs_ref(&s)
}

fn main() {
    let word = "hello";
    let mut n = 0;
    for _ in 0..3 {
        n += shout(word.to_string());
    }
    n += shout(String::from("hi"));
    n += shout(word.to_owned());
    let mut names = Vec::new();
    keep(&mut names, word.to_string());
    n += measure(String::from(word));
    println!("{n} {}", names.len());
}
