// Conditional initialisation: a variable assigned in every branch of a match before use
fn main() {
    let scores = [55, 72, 91];
    for s in scores {
        let grade: &str;
        let bonus;
        match s {
            90.. => {
                grade = "A";
                bonus = 10;
            }
            70..=89 => {
                grade = "B";
                bonus = 5;
            }
            _ => {
                grade = "C";
                bonus = 0;
            }
        }
        println!("{} -> {} (+{})", s, grade, bonus);
    }
    let late;
    if scores.len() > 2 { late = scores[2]; } else { late = 0; }
    println!("{}", late);
}
