// By-value parameters carrying lifetimes: stored or returned where their lifetimes are the storage's, 'static, or bounded.
struct Wrapper<'a> {
    text: &'a str,
}

fn pick<'a, 'b: 'a>(s: &'a str, w: Wrapper<'b>) -> &'a str {
    if s.is_empty() { w.text } else { s }
}

fn first<'a>(w: Wrapper<'a>) -> &'a str {
    w.text
}

fn stat(w: Wrapper<'static>) -> &'static str {
    w.text
}

fn keep<'a>(list: &mut Vec<Wrapper<'a>>, w: Wrapper<'a>) {
    list.push(w);
}

fn add_some<'a>(list: &mut Vec<&'a str>, extra: Option<&'a str>, fixed: Option<&'static str>) {
    list.extend(extra);
    list.extend(fixed);
}

fn replace<'a, 'b: 'a>(slot: &mut Wrapper<'a>, new: Wrapper<'b>) {
    slot.text = new.text;
}

fn main() {
    let owned = String::from("owned");
    println!("{} {} {}", pick("", Wrapper { text: &owned }), first(Wrapper { text: "f" }), stat(Wrapper { text: "s" }));
    let mut list = Vec::new();
    keep(&mut list, Wrapper { text: &owned });
    let mut words = vec!["a"];
    add_some(&mut words, Some(&owned), Some("z"));
    let mut w = Wrapper { text: "old" };
    replace(&mut w, Wrapper { text: &owned });
    println!("{} {:?} {}", list[0].text, words, w.text);
}
