// iter() borrows, iter_mut() borrows mutably, into_iter() consumes the Vec.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    for s in v.iter() {
        print!("{s} ");
    }
    println!();
    for s in v.iter_mut() {
        s.push('!');
    }
    println!("{v:?}");
    let lens: Vec<usize> = v.iter().map(|s| s.len()).collect();
    println!("{lens:?}");
    let owned: Vec<String> = v.into_iter().map(|s| s + "?").collect();
    println!("{owned:?}");
}
