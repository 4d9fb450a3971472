// iter() yields references; copied/cloned make owned items; by_ref reuses an iterator.
fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().copied().map(|x| x * 2).collect();
    println!("{doubled:?}");
    let names = vec![String::from("a"), String::from("b")];
    let owned: Vec<String> = names.iter().cloned().collect();
    println!("{owned:?} {names:?}");
    let mut it = (1..10).into_iter();
    let head: Vec<i32> = it.by_ref().take(3).collect();
    let tail: Vec<i32> = it.collect();
    println!("{head:?} {tail:?}");
    let max = v.iter().copied().reduce(|a, b| a.max(b));
    println!("{max:?}");
}
