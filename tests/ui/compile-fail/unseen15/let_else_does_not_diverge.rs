//@ compile-fail
// a let-else whose else block only prints instead of leaving
fn main() {
    let line = "move 3 from 1 to 2";
    let Some((_, rest)) = line.split_once(' ') else { //~ ERROR E0308
        println!("bad line");
    };
    println!("{rest}");
}
