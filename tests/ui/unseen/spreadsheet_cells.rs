// Chapter 8: a vector of enum values to store different types, and string building.
#[derive(Debug)]
enum SpreadsheetCell {
    Int(i32),
    Float(f64),
    Text(String),
}

fn describe(cell: &SpreadsheetCell) -> String {
    match cell {
        SpreadsheetCell::Int(i) => format!("int {}", i),
        SpreadsheetCell::Float(f) => format!("float {:.3}", f),
        SpreadsheetCell::Text(s) => format!("text '{}' ({} bytes)", s, s.len()),
    }
}

fn main() {
    let row = vec![
        SpreadsheetCell::Int(3),
        SpreadsheetCell::Text(String::from("blue")),
        SpreadsheetCell::Float(10.12),
        SpreadsheetCell::Text(String::from("Здравствуйте")),
    ];
    for cell in &row {
        println!("{}", describe(cell));
    }
    let ints: Vec<i32> = row
        .iter()
        .filter_map(|c| if let SpreadsheetCell::Int(i) = c { Some(*i) } else { None })
        .collect();
    println!("{ints:?}");
    let s1 = String::from("tic");
    let s2 = String::from("tac");
    let s3 = String::from("toe");
    let s = s1 + "-" + &s2 + "-" + &s3;
    println!("{s}");
    let s = format!("{s2}-{s3}-{}", "x");
    println!("{s}");
    let hello = "Здравствуйте";
    let first = &hello[0..4];
    println!("{first}");
    for c in "Зд".chars() {
        println!("{c}");
    }
    for b in "Зд".bytes() {
        print!("{b} ");
    }
    println!();
    println!("{}", hello.chars().count());
    println!("{}", hello.chars().rev().collect::<String>());
}
