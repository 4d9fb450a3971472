// for over slices, references, enumerate and zip.
fn main() {
    let names = ["ann", "bob", "cid"];
    for name in names {
        print!("{name} ");
    }
    println!();
    for (i, name) in names.iter().enumerate() {
        println!("{i}: {name}");
    }
    let scores = vec![90, 72, 85];
    for (name, score) in names.iter().zip(&scores) {
        println!("{name} -> {score}");
    }
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x *= 10;
    }
    println!("{v:?}");
    for x in v {
        print!("{x};");
    }
    println!();
}
