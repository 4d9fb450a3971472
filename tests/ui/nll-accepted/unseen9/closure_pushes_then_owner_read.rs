// A closure mutably borrowing the history is called twice, then the history is read.
fn main() {
    let mut history: Vec<String> = Vec::new();
    let mut remember = |cmd: &str| history.push(cmd.to_uppercase());
    remember("open");
    remember("save");
    println!("{:?}", history);
    history.clear();
}
