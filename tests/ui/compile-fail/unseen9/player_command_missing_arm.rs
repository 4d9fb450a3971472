//@ compile-fail
// A match over a command enum forgets the Pause variant.
enum Command {
    Play,
    Pause,
    Skip(u32),
    Stop,
}

fn describe(c: &Command) -> String {
    match c { //~ ERROR E0004
        Command::Play => "play".to_string(),
        Command::Skip(n) => format!("skip {}", n),
        Command::Stop => "stop".to_string(),
    }
}

fn main() {
    let cmds = [Command::Play, Command::Skip(2), Command::Pause, Command::Stop];
    for c in cmds.iter() {
        println!("{}", describe(c));
    }
}
