// NLL: a closure borrowing the Vec is last used before the Vec is mutated.
fn main() {
    let mut temps = vec![18.5, 21.0, 19.25];
    let avg = || temps.iter().sum::<f64>() / temps.len() as f64;
    let before = avg();
    temps.push(30.0);
    temps.retain(|t| *t > 19.0);
    println!("before {:.2}, kept {:?}", before, temps);
}
