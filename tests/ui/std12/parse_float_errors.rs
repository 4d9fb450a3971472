// str::parse::<f64>/<f32>: accepted spellings (inf, NaN, exponents, signs) and errors shown with {:?} and Display.
fn main() {
    let inputs = ["3.14", "-0", "+2.5", "1e3", "1E-2", ".5", "5.", "inf", "-infinity", "NaN", "nan", "", ".", "1.2.3", " 1", "1_000", "0x10", "e5", "1e", "12abc"];
    for s in inputs {
        match s.parse::<f64>() {
            Ok(v) => println!("{:>10?} -> Ok({:?}) display {}", s, v, v),
            Err(e) => println!("{:>10?} -> Err({:?}) display {}", s, e, e),
        }
    }
    let f: Result<f32, _> = "16777217".parse();
    println!("{:?}", f);
    let g: f32 = "0.1".parse().unwrap();
    println!("{} {}", g, g as f64);
    let vals: Result<Vec<f64>, _> = "1.5 2.5 x".split(' ').map(str::parse::<f64>).collect();
    println!("{:?}", vals);
    let ok: Vec<f64> = "1.5 2.5 x 4".split(' ').filter_map(|t| t.parse().ok()).collect();
    println!("{:?} sum {}", ok, ok.iter().sum::<f64>());
    let e = "x".parse::<f64>().unwrap_err();
    println!("{}", e.to_string().len());
}
