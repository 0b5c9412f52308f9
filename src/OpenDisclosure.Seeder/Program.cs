using OpenDisclosure.Seeder;

return await SeederCli.RunAsync(args, Console.Out, Console.Error);
