// A &mut parameter reborrowed for several calls and then used again (implicit reborrows).
fn add_tag(list: &mut Vec<String>, tag: &str) {
    list.push(tag.to_string());
}

fn last_mut(list: &mut Vec<String>) -> &mut String {
    list.last_mut().unwrap()
}

fn fill(list: &mut Vec<String>) {
    add_tag(list, "a");
    add_tag(list, "b");
    let l = last_mut(list);
    l.push('!');
    add_tag(list, "c");
    let again: &mut Vec<String> = &mut *list;
    again.push("d".into());
    list.push("e".into());
}

fn main() {
    let mut tags = Vec::new();
    let r = &mut tags;
    fill(r);
    fill(r);
    r.dedup();
    println!("{:?}", tags);
}
