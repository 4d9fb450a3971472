// A variable declared first and assigned in each branch, as in Java's definite assignment.
fn describe(score: i32) -> String {
    let grade: &str;
    let comment: String;
    if score >= 90 {
        grade = "A";
        comment = String::from("excellent");
    } else if score >= 60 {
        grade = "B";
        comment = format!("{} points to an A", 90 - score);
    } else {
        grade = "F";
        comment = "try again".to_string();
    }
    format!("{}: {}", grade, comment)
}

fn main() {
    for s in [95, 70, 12] {
        println!("{}", describe(s));
    }
}
