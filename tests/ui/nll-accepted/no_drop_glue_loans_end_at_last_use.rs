// Loans held by values without drop glue (slice and str iterators, a map adapter, closures capturing references) end at their last use, not at their scope's end
fn main() {
    let mut v = vec![1, 2, 3];
    let mut it = v.iter();
    let first = it.next().copied();
    v.push(4);
    let mut doubled = v.iter().map(|x| x * 2);
    let a = doubled.next();
    v.push(5);
    let w = &v;
    let add = move |x: i32| x + w.len() as i32;
    let b = add(1);
    v.push(6);
    let mut text = String::from("hey");
    let mut cs = text.chars();
    let c = cs.next();
    text.push('!');
    let mut names = vec![String::from("a"), String::from("b")];
    let mut ns = names.iter();
    let n = ns.next().cloned();
    names.push(String::from("c"));
    println!("{:?} {:?} {} {:?} {:?} {} {:?} {:?}", first, a, b, c, v, text, n, names);
}
