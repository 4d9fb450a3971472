// Data read out of a found pair through `map` borrows what the pairs point into, not the list.
fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, String> {
    pairs
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("no {key}"))
}

fn main() {
    let s = String::from("port=80");
    let value = {
        let pairs = vec![(&s[..4], &s[5..])];
        let v = pairs.iter().find(|(k, _)| *k == "port").map(|(_, v)| *v);
        drop(pairs);
        v
    };
    let text = String::from("host=a");
    let pairs = [(&text[..4], &text[5..])];
    println!("{:?} {:?} {:?}", value, lookup(&pairs, "host"), lookup(&pairs, "user"));
}
